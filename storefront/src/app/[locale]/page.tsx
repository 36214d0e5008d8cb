import { HomePage } from "@/components/pages/home-page"
import { pageLocale, type LocaleParams } from "@/i18n/page"

export const dynamic = "force-dynamic"

export default async function Page({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params)
  return <HomePage locale={locale} />
}
