import createMiddleware from "next-intl/middleware"
import { NextResponse, type NextRequest } from "next/server"
import { catalogueSegment } from "./components/catalogue/catalogue-params"
import { routing } from "./i18n/routing"

/** Maps each language's URL onto the one route tree (app/[locale]/…). */
const intl = createMiddleware(routing)

/** The catalogue's URL in each language (routing.ts). */
const CATALOGUE: Record<string, string> = { "/san-pham": "vi", "/en/products": "en" }

/**
 * A catalogue view with a query (/san-pham?q=nem&star=5) is served by a page of its own, named by
 * the query in canonical form (app/[locale]/products/view/[query]), so it is cached like any page.
 */
export default function proxy(request: NextRequest) {
  const locale = CATALOGUE[request.nextUrl.pathname]
  if (locale && request.nextUrl.search.length > 1) {
    const segment = catalogueSegment(request.nextUrl.searchParams)
    if (segment) {
      const url = request.nextUrl.clone()
      url.pathname = `/${locale}/products/view/${segment}`
      url.search = ""
      return NextResponse.rewrite(url)
    }
  }
  return intl(request)
}

export const config = {
  // pages only: not the API routes, Next's files, or files with an extension (sitemap.xml, images)
  matcher: ["/((?!api|_next|.*\\..*).*)"],
}
