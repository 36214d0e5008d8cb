import type { Metadata } from "next"
import { PortalLoginPage } from "@/components/pages/portal/account-pages"
import { pageLocale, type LocaleParams } from "@/i18n/page"
import { t } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const m = t(await pageLocale(params)).meta
  return { title: m.portalLogin, robots: { index: false } }
}

export default async function Page({
  params,
  searchParams,
}: {
  params: LocaleParams
  searchParams: Promise<{ reset?: string }>
}) {
  const locale = await pageLocale(params)
  return <PortalLoginPage locale={locale} reset={(await searchParams).reset === "1"} />
}
