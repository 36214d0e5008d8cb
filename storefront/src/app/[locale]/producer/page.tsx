import type { Metadata } from "next"
import { PortalDashboardPage } from "@/components/pages/portal/dashboard-page"
import { pageLocale, type LocaleParams } from "@/i18n/page"
import { t } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const m = t(await pageLocale(params)).meta
  return { title: m.portal, robots: { index: false } }
}

export default async function Page({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params)
  return <PortalDashboardPage locale={locale} />
}
