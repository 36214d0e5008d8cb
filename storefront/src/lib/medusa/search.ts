import type Medusa from "@medusajs/js-sdk"
import type { ProductSearchDocument } from "@ocop-market/ocop"

/** A product as the search index holds it: the backend's document type, the fields the shop shows. */
export type ProductHit = Pick<
  ProductSearchDocument,
  | "id"
  | "title"
  | "title_en"
  | "handle"
  | "thumbnail"
  | "star"
  | "group"
  | "certification_status"
  | "producer_name"
  | "producer_handle"
  | "proposed_star"
  | "certified_on"
  | "origin_district"
  | "price_vnd"
  | "in_stock"
>

export type FacetValue = { value: string; count: number }

export type CatalogueQuery = {
  q?: string
  star?: string[]
  group?: string[]
  district?: string[]
  type?: string[]
  /** Campaign handles (running campaigns only are offered). */
  campaign?: string[]
  price?: string
  stock?: boolean
  sort?: "relevance" | "price_asc" | "price_desc" | "newest" | "star"
  page?: number
}

export const PAGE_SIZE = 24

/** Price bands in whole dong: the `price` parameter takes one key. */
export const PRICE_BANDS = [
  { key: "duoi-50k", to: 50_000 },
  { key: "50k-100k", from: 50_000, to: 100_000 },
  { key: "100k-200k", from: 100_000, to: 200_000 },
  { key: "tren-200k", from: 200_000 },
] as const

const SORTS: Record<NonNullable<CatalogueQuery["sort"]>, Record<string, "ASC" | "DESC"> | undefined> = {
  relevance: undefined,
  price_asc: { price_vnd: "ASC" },
  price_desc: { price_vnd: "DESC" },
  newest: { created_at: "DESC" },
  star: { star: "DESC" },
}

export type CatalogueResult = {
  hits: ProductHit[]
  count: number
  /** No product matched every word of the query: these match some of them. */
  loose: boolean
  page: number
  pages: number
  facets: {
    star: FacetValue[]
    group: FacetValue[]
    district: FacetValue[]
    type: FacetValue[]
    price: FacetValue[]
    stock: FacetValue[]
    campaign: FacetValue[]
  }
}

type SearchBody = { filters: Record<string, unknown>; search_options?: Record<string, unknown> } & Record<
  string,
  unknown
>

/**
 * POST /store/search, for a query of several words first asking for products that match every one
 * (typos allowed), so "nem chua" does not trail everything with "chua" in it; only when none does,
 * the looser match (Meilisearch's default drops words from the end), reported as `loose`.
 */
export async function everyWordFirst<R extends { metadata: { count: number } }>(
  client: Medusa,
  body: SearchBody,
): Promise<{ results: R[]; loose: boolean }> {
  const words = String(body.filters.q ?? "")
    .split(/\s+/)
    .filter(Boolean).length
  const ask = async (strict: boolean) =>
    (
      await client.client.fetch<{ results: R[] }>("/store/search", {
        method: "POST",
        body: strict ? { ...body, search_options: { ...body.search_options, match_strategy: "all" } } : body,
      })
    ).results
  const first = await ask(words > 1)
  if (words < 2 || (first[0]?.metadata.count ?? 0) > 0) return { results: first, loose: false }
  const results = await ask(false)
  return { results, loose: (results[0]?.metadata.count ?? 0) > 0 }
}

/**
 * The catalogue from POST /store/search: the search index counts and sorts, so it is right at any
 * catalogue size. Facets are disjunctive (each facet's counts ignore its own selection).
 */
export async function searchCatalogue(client: Medusa, query: CatalogueQuery): Promise<CatalogueResult> {
  const page = Math.max(1, Math.floor(query.page ?? 1))
  const band = PRICE_BANDS.find((b) => b.key === query.price)
  const filters: Record<string, unknown> = {
    ...(query.q?.trim() ? { q: query.q.trim().slice(0, 200) } : {}),
    ...(query.star?.length ? { star: query.star.map(Number).filter((n) => Number.isInteger(n)) } : {}),
    ...(query.group?.length ? { group: query.group } : {}),
    ...(query.district?.length ? { origin_district: query.district } : {}),
    ...(query.type?.length ? { legal_type: query.type } : {}),
    ...(query.campaign?.length ? { campaign_handles: query.campaign } : {}),
    ...(band
      ? { price_vnd: { ...("from" in band ? { $gte: band.from } : {}), ...("to" in band ? { $lt: band.to } : {}) } }
      : {}),
    ...(query.stock ? { in_stock: true } : {}),
  }
  const body = {
    entity: "product",
    filters,
    pagination: {
      take: PAGE_SIZE,
      skip: (page - 1) * PAGE_SIZE,
      ...(SORTS[query.sort ?? "relevance"] ? { order: SORTS[query.sort ?? "relevance"] } : {}),
    },
    search_options: {
      disjunctive_facets: true,
      facets: [
        "star",
        "group",
        "origin_district",
        "legal_type",
        "in_stock",
        "campaign_handles",
        {
          field: "price_vnd",
          type: "range",
          ranges: PRICE_BANDS.map((b) => ({
            key: b.key,
            ...("from" in b ? { from: b.from } : {}),
            ...("to" in b ? { to: b.to } : {}),
          })),
        },
      ],
    },
  }
  const { results, loose } = await everyWordFirst<{
    hits: { document: ProductHit }[]
    facets?: Record<string, any>
    metadata: { count: number }
  }>(client, body)
  const r = results[0]!
  const values = (f: string): FacetValue[] => r.facets?.[f]?.values ?? []
  const count = r.metadata.count ?? 0
  return {
    hits: r.hits.map((h) => h.document),
    count,
    loose,
    page,
    pages: Math.max(1, Math.ceil(count / PAGE_SIZE)),
    facets: {
      star: values("star").sort((a, b) => Number(b.value) - Number(a.value)),
      group: values("group"),
      district: values("origin_district"),
      type: values("legal_type"),
      price: (r.facets?.price_vnd?.ranges ?? []).map((x: { key: string; count: number }) => ({
        value: x.key,
        count: x.count,
      })),
      stock: values("in_stock"),
      campaign: values("campaign_handles"),
    },
  }
}

/** A short list from the index (showcases, related products, a producer's products). */
export async function searchProducts(
  client: Medusa,
  {
    filters,
    take = 8,
    order,
  }: { filters: Record<string, unknown>; take?: number; order?: Record<string, "ASC" | "DESC"> },
): Promise<{ hits: ProductHit[]; count: number }> {
  const { results } = await client.client.fetch<{
    results: { hits: { document: ProductHit }[]; metadata: { count: number } }[]
  }>("/store/search", {
    method: "POST",
    body: { entity: "product", filters, pagination: { take, skip: 0, ...(order ? { order } : {}) } },
  })
  return { hits: results[0]!.hits.map((h) => h.document), count: results[0]!.metadata.count ?? 0 }
}
