import type { Metadata } from "next"
import { StatsPage } from "@/components/pages/stats-page"
import { alternatesFor, pageLocale, type LocaleParams } from "@/i18n/page"
import { t } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const m = t(locale).meta
  return { title: m.statistics, description: m.statisticsDescription, alternates: alternatesFor(locale, "/statistics") }
}

export default async function Page({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params)
  return <StatsPage locale={locale} />
}
