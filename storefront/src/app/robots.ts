import type { MetadataRoute } from "next"
import { routing } from "@/i18n/routing"
import { paths } from "@/lib/i18n"
import { siteUrl } from "@/lib/site"

export const dynamic = "force-dynamic"

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // personal pages, in every language
      disallow: [
        ...routing.locales.flatMap((l) => [
          paths.cart(l),
          paths.checkout(l),
          paths.order(l, "-").slice(0, -1),
          paths.account(l),
          paths.portal(l),
        ]),
        "/api/",
      ],
    },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
