import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { getPathname } from "./navigation"
import { routing, type Locale, type Pathname } from "./routing"

/** What a page under app/[locale] is given: its language segment, and its own params. */
export type LocaleParams<P = object> = Promise<P & { locale: string }>

/** The page's language from its URL (an unknown one is a 404), set for the rest of the render. */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return locale
}

/** canonical and hreflang for a page without params, in every language. */
export function alternatesFor(locale: Locale, href: Exclude<Pathname, `${string}[${string}`>) {
  return {
    canonical: getPathname({ locale, href }),
    languages: Object.fromEntries(routing.locales.map((l) => [l, getPathname({ locale: l, href })])),
  }
}
