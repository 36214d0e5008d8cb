import type { CatalogueQuery } from "@/lib/medusa"

export type SearchParams = Record<string, string | string[] | undefined>

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean)
const SORTS = ["relevance", "price_asc", "price_desc", "newest", "star"] as const

/** The catalogue's state lives in the URL, so a link reproduces the view. */
export function parseCatalogueParams(sp: SearchParams): CatalogueQuery {
  const sort = String(sp.sort ?? "")
  const page = Number(sp.page ?? 1)
  return {
    q: typeof sp.q === "string" ? sp.q : undefined,
    star: list(sp.star),
    group: list(sp.group),
    district: list(sp.district),
    type: list(sp.type),
    campaign: list(sp.campaign),
    price: typeof sp.price === "string" ? sp.price : undefined,
    stock: sp.stock === "1",
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as CatalogueQuery["sort"]) : "relevance",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

type Facet = "star" | "group" | "district" | "type" | "campaign"

/** The catalogue's URL with a change applied (a facet value toggled, or a setting), back to page 1. */
export function catalogueHref(
  base: string,
  q: CatalogueQuery,
  change: {
    price?: string | null
    stock?: boolean
    sort?: string
    page?: number
    toggle?: { key: Facet; value: string }
  } = {},
): string {
  const p = new URLSearchParams()
  if (q.q) p.set("q", q.q)
  for (const key of ["star", "group", "district", "type", "campaign"] as const) {
    let values = [...(q[key] ?? [])]
    if (change.toggle?.key === key) {
      const v = change.toggle.value
      values = values.includes(v) ? values.filter((x) => x !== v) : [...values, v]
    }
    for (const v of values) p.append(key, v)
  }
  const price = change.price === null ? undefined : (change.price ?? q.price)
  if (price) p.set("price", price)
  if (change.stock ?? q.stock) p.set("stock", "1")
  const sort = change.sort ?? q.sort
  if (sort && sort !== "relevance") p.set("sort", sort)
  if (change.page && change.page > 1) p.set("page", String(change.page))
  const s = p.toString()
  return s ? `${base}?${s}` : base
}

/** A URL's query as the pages take it (a key given several times is a list). */
export function searchParamsOf(params: URLSearchParams): SearchParams {
  const out: Record<string, string | string[]> = {}
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key)
    out[key] = all.length > 1 ? all : all[0]!
  }
  return out
}

/**
 * A catalogue view as one path segment (the proxy rewrites /san-pham?… onto it), so each view is a
 * page that can be cached: the query in its canonical order, base64url. Empty for the plain catalogue.
 */
export function catalogueSegment(params: URLSearchParams): string {
  const query = parseCatalogueParams(searchParamsOf(params))
  const canonical = catalogueHref("", query, { page: query.page })
  return canonical ? Buffer.from(canonical.slice(1)).toString("base64url") : ""
}

/** The catalogue view a segment names (anything unreadable is the plain catalogue). */
export function paramsOfSegment(segment: string): SearchParams {
  return searchParamsOf(new URLSearchParams(Buffer.from(segment, "base64url").toString("utf8")))
}
