import type { Metadata } from "next"
import { ProductPage, productMetadata } from "@/components/pages/product-page"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return productMetadata("en", (await params).handle)
}

export default async function Page({ params }: Props) {
  return <ProductPage locale="en" handle={(await params).handle} />
}
