import type { MetadataRoute } from "next"
import { siteUrl } from "@/lib/site"

export const dynamic = "force-dynamic"

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/gio-hang",
        "/thanh-toan",
        "/don-hang/",
        "/tai-khoan",
        "/nha-san-xuat",
        "/en/cart",
        "/en/checkout",
        "/en/orders/",
        "/en/account",
        "/en/producer",
        "/api/",
      ],
    },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
