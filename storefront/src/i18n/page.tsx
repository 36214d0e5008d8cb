import type { Metadata } from "next"
import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { getPathname } from "./navigation"
import type { ReactNode } from "react"
import { t, type Messages } from "@/lib/i18n"
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

type Query = Record<string, string | string[] | undefined>
type PageArgs = { params: LocaleParams<Record<string, string>>; searchParams: Promise<Query> }
type MetaKey = keyof Messages["meta"]

/**
 * A page of the route tree: the URL's language, then the page component with what it takes from
 * the path's params. It never reads the query string, so the page can be cached and shared.
 */
export function localePage<P extends object>(
  Component: (props: P & { locale: Locale }) => ReactNode | Promise<ReactNode>,
  propsOf: (params: Record<string, string>) => P = () => ({}) as P,
) {
  return async function Page({ params }: { params: LocaleParams<Record<string, string>> }) {
    const locale = await pageLocale(params)
    return <Component {...propsOf(await params)} locale={locale} />
  }
}

/** A personal page that also reads the query string (a checkout step, a reset token): never cached. */
export function requestPage<P extends object>(
  Component: (props: P & { locale: Locale }) => ReactNode | Promise<ReactNode>,
  propsOf: (params: Record<string, string>, query: Query) => P,
) {
  return async function Page({ params, searchParams }: PageArgs) {
    const locale = await pageLocale(params)
    return <Component {...propsOf(await params, await searchParams)} locale={locale} />
  }
}

/** A page's title (and description) from the catalogue's `meta`; `index: false` for personal pages. */
export function titled(
  key: MetaKey | null,
  opts: { index?: boolean; description?: MetaKey; alternates?: Exclude<Pathname, `${string}[${string}`> } = {},
) {
  return async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
    const locale = await pageLocale(params)
    const m = t(locale).meta
    return {
      ...(key ? { title: m[key] } : {}),
      ...(opts.description ? { description: m[opts.description] } : {}),
      ...(opts.index === false ? { robots: { index: false } } : {}),
      ...(opts.alternates ? { alternates: alternatesFor(locale, opts.alternates) } : {}),
    }
  }
}

/** Metadata a page component builds itself from one path param (a product's, producer's, campaign's). */
export function metadataFrom(build: (locale: Locale, value: string) => Promise<Metadata>, param: string) {
  return async function generateMetadata({ params }: { params: LocaleParams<Record<string, string>> }) {
    const locale = await pageLocale(params)
    return build(locale, (await params)[param]!)
  }
}

/** A query parameter's first value. */
export const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v)
