import type { Metadata } from "next"
import { PortalInvitePage } from "@/components/pages/portal/account-pages"
import { pageLocale, type LocaleParams } from "@/i18n/page"
import { t } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const m = t(await pageLocale(params)).meta
  return { title: m.portalInvite, robots: { index: false } }
}

export default async function Page({
  params,
  searchParams,
}: {
  params: LocaleParams
  searchParams: Promise<{ token?: string }>
}) {
  const locale = await pageLocale(params)
  return <PortalInvitePage locale={locale} token={(await searchParams).token ?? ""} />
}
