import type { Metadata } from "next"
import { PortalResetPage } from "@/components/pages/portal/account-pages"
import { pageLocale, type LocaleParams } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { robots: { index: false } }

export default async function Page({
  params,
  searchParams,
}: {
  params: LocaleParams
  searchParams: Promise<{ token?: string; email?: string }>
}) {
  const locale = await pageLocale(params)
  const { token = "", email = "" } = await searchParams
  return <PortalResetPage locale={locale} token={token} email={email} />
}
