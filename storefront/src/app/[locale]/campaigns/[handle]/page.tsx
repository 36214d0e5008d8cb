import type { Metadata } from "next"
import { CampaignPage, campaignMetadata } from "@/components/pages/campaigns-page"
import { pageLocale, type LocaleParams } from "@/i18n/page"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: LocaleParams<{ handle: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params)
  return campaignMetadata(locale, (await params).handle)
}

export default async function Page({ params }: { params: LocaleParams<{ handle: string }> }) {
  const locale = await pageLocale(params)
  const { handle } = await params
  return <CampaignPage locale={locale} handle={handle} />
}
