import type { Metadata } from "next"
import { PortalProductPage } from "@/components/pages/portal/product-page"
import { pageLocale, type LocaleParams } from "@/i18n/page"
import { t } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const m = t(await pageLocale(params)).meta
  return { title: m.portalProduct, robots: { index: false } }
}

export default async function Page({ params }: { params: LocaleParams<{ id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  return <PortalProductPage locale={locale} id={id} />
}
