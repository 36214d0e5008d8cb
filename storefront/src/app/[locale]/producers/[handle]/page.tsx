import type { Metadata } from "next"
import { ProducerPage, producerMetadata } from "@/components/pages/producer-page"
import { pageLocale, type LocaleParams } from "@/i18n/page"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: LocaleParams<{ handle: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params)
  return producerMetadata(locale, (await params).handle)
}

export default async function Page({ params }: { params: LocaleParams<{ handle: string }> }) {
  const locale = await pageLocale(params)
  const { handle } = await params
  return <ProducerPage locale={locale} handle={handle} />
}
