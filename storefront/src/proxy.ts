import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"

/** Maps each language's URL onto the one route tree (app/[locale]/…). */
export default createMiddleware(routing)

export const config = {
  // pages only: not the API routes, Next's files, or files with an extension (sitemap.xml, images)
  matcher: ["/((?!api|_next|.*\\..*).*)"],
}
