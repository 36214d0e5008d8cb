/** The storefront's public address, for absolute links (QR codes, sitemap, Open Graph). */
export function siteUrl(): string {
  return (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
}
