import type { Metadata } from "next"
import { ProductPage, productMetadata } from "@/components/pages/product-page"
import { pageLocale, type LocaleParams } from "@/i18n/page"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: LocaleParams<{ handle: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params)
  return productMetadata(locale, (await params).handle)
}

export default async function Page({ params }: { params: LocaleParams<{ handle: string }> }) {
  const locale = await pageLocale(params)
  const { handle } = await params
  return <ProductPage locale={locale} handle={handle} />
}
