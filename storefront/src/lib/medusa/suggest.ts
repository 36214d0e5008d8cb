import type Medusa from "@medusajs/js-sdk"
import { everyWordFirst } from "./search"

export type Suggestion = { id: string; handle: string; title: string; titleHtml: string; price: number | null }

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** Up to `take` products for the search box, the matched words marked (<mark>, escaped otherwise). */
export async function suggestProducts(client: Medusa, q: string, take = 6): Promise<Suggestion[]> {
  const query = q.trim().slice(0, 100)
  if (!query) return []
  const { results } = await everyWordFirst<{
    hits: { document: Record<string, any>; highlights?: Record<string, string[]> }[]
    metadata: { count: number }
  }>(client, {
    entity: "product",
    filters: { q: query },
    pagination: { take },
    // Unlikely markers, so the title can be escaped before they become <mark>.
    search_options: { highlight: { fields: ["title"], pre_tag: "\u0001", post_tag: "\u0002" } },
  })
  return results[0]!.hits.map(({ document: d, highlights }) => ({
    id: d.id,
    handle: d.handle,
    title: d.title,
    titleHtml: escapeHtml(highlights?.title?.[0] ?? d.title)
      .replaceAll("\u0001", "<mark>")
      .replaceAll("\u0002", "</mark>"),
    price: d.price_vnd ?? null,
  }))
}

/** The search box's suggestions while the search engine is down: products whose words match as typed. */
export async function suggestFromDatabase(client: Medusa, q: string, take = 6): Promise<Suggestion[]> {
  const query = q.trim().slice(0, 100)
  if (!query) return []
  const { products } = await client.store.product.list({ q: query, limit: take, fields: "id,handle,title" })
  return products.map((p) => ({
    id: p.id,
    handle: p.handle!,
    title: p.title!,
    titleHtml: escapeHtml(p.title!),
    price: null,
  }))
}
