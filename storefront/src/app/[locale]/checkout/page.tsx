import type { Metadata } from "next"
import { CheckoutPage } from "@/components/pages/checkout-page"
import { pageLocale, type LocaleParams } from "@/i18n/page"
import { t } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const m = t(await pageLocale(params)).meta
  return { title: m.checkout, robots: { index: false } }
}

export default async function Page({
  params,
  searchParams,
}: {
  params: LocaleParams
  searchParams: Promise<{ step?: string }>
}) {
  const locale = await pageLocale(params)
  return <CheckoutPage locale={locale} step={(await searchParams).step} />
}
