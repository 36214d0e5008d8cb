import type { MetadataRoute } from "next"
import { paths } from "@/lib/i18n"
import { medusa } from "@/lib/medusa"
import { siteUrl } from "@/lib/site"
import { MAX_PAGE_SIZE } from "@ocop-market/ocop"

export const dynamic = "force-dynamic"

/** Every product and producer page in both languages, read page by page so it holds at any size. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const client = medusa()
  const entries: MetadataRoute.Sitemap = [
    { url: base + paths.home("vi"), alternates: { languages: { en: base + paths.home("en") } } },
    { url: base + paths.catalogue("vi"), alternates: { languages: { en: base + paths.catalogue("en") } } },
    { url: base + paths.statistics("vi"), alternates: { languages: { en: base + paths.statistics("en") } } },
  ]
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const { products, count } = await client.store.product.list({
      fields: "handle,updated_at",
      limit: MAX_PAGE_SIZE,
      offset,
    })
    for (const p of products) {
      entries.push({
        url: base + paths.product("vi", p.handle!),
        lastModified: p.updated_at ?? undefined,
        alternates: { languages: { en: base + paths.product("en", p.handle!) } },
      })
    }
    if (offset + MAX_PAGE_SIZE >= count) break
  }
  for (let offset = 0; ; offset += 100) {
    const { producers, count } = await client.client.fetch<{ producers: { handle: string }[]; count: number }>(
      "/store/ocop/producers",
      {
        query: { limit: 100, offset },
      },
    )
    for (const p of producers) {
      entries.push({
        url: base + paths.producer("vi", p.handle),
        alternates: { languages: { en: base + paths.producer("en", p.handle) } },
      })
    }
    if (offset + 100 >= count) break
  }
  return entries
}
