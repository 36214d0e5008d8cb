import type { Metadata } from "next"
import { loadProduct, ProductPage } from "@/components/pages/product-page"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const product = await loadProduct(handle).catch(() => null)
  return product ? { title: product.title, description: product.description ?? undefined } : {}
}

export default async function Page({ params }: Props) {
  return <ProductPage locale="en" handle={(await params).handle} />
}
