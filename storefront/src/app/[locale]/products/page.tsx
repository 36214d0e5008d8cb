import type { Metadata } from "next"
import { CataloguePage } from "@/components/pages/catalogue-page"
import { pageLocale, type LocaleParams } from "@/i18n/page"
import { t } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const m = t(await pageLocale(params)).meta
  return { title: m.catalogue }
}

export default async function Page({
  params,
  searchParams,
}: {
  params: LocaleParams
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const locale = await pageLocale(params)
  return <CataloguePage locale={locale} searchParams={await searchParams} />
}
