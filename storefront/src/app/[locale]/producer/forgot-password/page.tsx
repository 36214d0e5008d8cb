import type { Metadata } from "next"
import { PortalForgotPage } from "@/components/pages/portal/account-pages"
import { pageLocale, type LocaleParams } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { robots: { index: false } }

export default async function Page({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params)
  return <PortalForgotPage locale={locale} />
}
