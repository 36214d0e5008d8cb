import { getLocale } from "next-intl/server"
import Link from "next/link"
import type { Locale } from "@/i18n/routing"
import { paths, t } from "@/lib/i18n"

export default async function NotFound() {
  const locale = (await getLocale()) as Locale
  const m = t(locale).meta
  return (
    <main className="mx-auto max-w-6xl p-6">
      <h1 className="text-xl font-semibold">{m.notFound}</h1>
      <Link className="underline" href={paths.home(locale)}>
        {m.backHome}
      </Link>
    </main>
  )
}
