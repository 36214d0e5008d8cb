import { routing, type Locale, type Pathname } from "./routing"

type Params<P extends string> = P extends `${string}[${infer K}]${infer Rest}`
  ? { [k in K]: string } & Params<Rest>
  : object
type Href =
  | Exclude<Pathname, `${string}[${string}`>
  | { [P in Pathname]: { pathname: P; params?: Params<P>; query?: Record<string, string> } }[Pathname]

/**
 * Each language's path for a page of the route table (routing.ts): its words in that language,
 * the params filled in, `/en` before the English ones. (next-intl's createNavigation does the
 * same, but brings its client Link and message formatting into every page's JavaScript.)
 */
export function getPathname({ locale, href }: { locale: Locale; href: Href }): string {
  const { pathname, params = {}, query } = typeof href === "string" ? { pathname: href } : href
  const localized = routing.pathnames[pathname]
  let path: string = typeof localized === "string" ? localized : localized[locale]
  for (const [key, value] of Object.entries(params as Record<string, string>))
    path = path.replace(`[${key}]`, encodeURIComponent(value))
  const prefixed = locale === routing.defaultLocale ? path : path === "/" ? `/${locale}` : `/${locale}${path}`
  return query ? `${prefixed}?${new URLSearchParams(query)}` : prefixed
}
