/**
 * Medusa's search queries in Meilisearch's terms: filters, paging, sort, facets (range facets as
 * extra counting queries) and highlights; and Meilisearch's answers back in Medusa's shape.
 * What Meilisearch cannot express is refused, never approximated.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { compileFilters, literal, UnsupportedSearchError } from "./filters"
import { fieldSets } from "./settings"

type MeiliQuery = Record<string, unknown> & { indexUid: string }

export function compileOrRefuse(filters: SearchTypes.SearchFilters | undefined, filterable: Set<string>) {
  try {
    return compileFilters(filters, filterable)
  } catch (err) {
    if (err instanceof UnsupportedSearchError) throw new MedusaError(MedusaError.Types.INVALID_DATA, err.message)
    throw err
  }
}

export function planSearch(input: SearchTypes.ProviderSearchQuery) {
  const sets = fieldSets(input.index.fields)
  const pk = input.index.primary_key
  const opts = input.search_options ?? {}
  const invalid = (m: string) => new MedusaError(MedusaError.Types.INVALID_DATA, m)
  if (opts.typo_tolerance === false)
    throw invalid("typo_tolerance cannot be switched off per query in Meilisearch; set it on the index")
  if (opts.vector) throw invalid("vector search is not supported by this provider")
  if (input.pagination?.cursor) throw invalid("cursor pagination is not supported by this provider; use skip and take")
  const filter = compileOrRefuse(input.filters, sets.filterable)
  const take = Math.max(0, Math.min(input.pagination?.take ?? 20, 1000))
  const skip = Math.max(0, input.pagination?.skip ?? 0)
  const sort = Object.entries(input.pagination?.order ?? {})
    .filter(([f]) => f !== "_score")
    .map(([f, dir]) => {
      if (!sets.sortable.has(f)) throw invalid(`field "${f}" is not sortable in this index`)
      return `${f}:${dir === "DESC" ? "desc" : "asc"}`
    })
  const facetRequests = (opts.facets ?? []).map((f) =>
    typeof f === "string" ? { field: f, type: "value" as const } : f,
  )
  for (const f of facetRequests)
    if (!sets.facetable.has(f.field)) throw invalid(`field "${f.field}" is not facetable in this index`)
  const valueFacets = facetRequests.filter((f) => f.type !== "range").map((f) => f.field)
  const highlight = opts.highlight
  const highlightFields = highlight === true ? ["*"] : highlight ? highlight.fields : []
  const retrieve = [...new Set([pk, ...(input.attributes_to_retrieve?.length ? input.attributes_to_retrieve : ["*"])])]
  // Page mode when the window is page-aligned: Meilisearch then counts hits exactly.
  const pageMode = take > 0 && skip % take === 0
  const query: MeiliQuery = {
    indexUid: input.index.physical_name,
    q: input.q ?? "",
    ...(filter ? { filter } : {}),
    ...(pageMode ? { page: skip / take + 1, hitsPerPage: take } : { offset: skip, limit: take }),
    ...(sort.length ? { sort } : {}),
    ...(valueFacets.length ? { facets: valueFacets } : {}),
    attributesToRetrieve: retrieve,
    ...(opts.attributes_to_search_on?.length ? { attributesToSearchOn: opts.attributes_to_search_on } : {}),
    ...(opts.match_strategy ? { matchingStrategy: opts.match_strategy } : {}),
    ...(opts.include_score || opts.min_score !== undefined ? { showRankingScore: true } : {}),
    ...(opts.min_score !== undefined ? { rankingScoreThreshold: opts.min_score } : {}),
    ...(opts.distinct ? { distinct: opts.distinct } : {}),
    ...(highlightFields.length
      ? {
          attributesToHighlight: highlightFields,
          highlightPreTag: (typeof highlight === "object" && highlight.pre_tag) || "<mark>",
          highlightPostTag: (typeof highlight === "object" && highlight.post_tag) || "</mark>",
        }
      : {}),
  }
  const rangeQueries = facetRequests
    .filter((f): f is Extract<SearchTypes.SearchFacetRequest, { type: "range" }> => f.type === "range")
    .flatMap((f) =>
      f.ranges.map((r) => {
        const bounds = [
          r.from !== undefined ? `${f.field} >= ${literal(r.from as never)}` : null,
          r.to !== undefined ? `${f.field} < ${literal(r.to as never)}` : null,
        ].filter(Boolean)
        const rangeFilter = [filter ? `(${filter})` : null, ...bounds].filter(Boolean).join(" AND ")
        return {
          field: f.field,
          key: r.key ?? `${r.from ?? "*"}-${r.to ?? "*"}`,
          from: r.from,
          to: r.to,
          query: {
            indexUid: input.index.physical_name,
            q: input.q ?? "",
            page: 1,
            hitsPerPage: 0,
            ...(rangeFilter ? { filter: rangeFilter } : {}),
          },
        }
      }),
    )
  return { input, sets, pk, skip, take, facetRequests, query, rangeQueries }
}

export type SearchPlan = ReturnType<typeof planSearch>

export function toSearchResult(
  plan: SearchPlan,
  r: Record<string, any>,
  ranges: { field: string; key: string; from?: number | string; to?: number | string; count: number }[],
): SearchTypes.SearchResult {
  const hits: SearchTypes.SearchHit[] = (r.hits as Record<string, any>[]).map((h) => {
    const { _formatted, _rankingScore, _matchesPosition, ...document } = h
    const highlights: Record<string, string[]> = {}
    if (_formatted) {
      for (const [k, v] of Object.entries(_formatted as Record<string, unknown>)) {
        const values = (Array.isArray(v) ? v : [v]).filter(
          (x): x is string => typeof x === "string" && x.includes(String(plan.query.highlightPreTag)),
        )
        if (values.length) highlights[k] = values
      }
    }
    return {
      id: String(document[plan.pk]),
      document,
      ...(typeof _rankingScore === "number" ? { score: _rankingScore } : {}),
      ...(Object.keys(highlights).length ? { highlights } : {}),
    }
  })
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  const count = Number(r.totalHits ?? r.estimatedTotalHits ?? 0)
  for (const f of plan.facetRequests) {
    if (f.type === "range") {
      facets[f.field] = {
        type: "range",
        ranges: ranges.filter((x) => x.field === f.field).map(({ key, from, to, count }) => ({ key, from, to, count })),
      }
    } else if (f.type === "stats") {
      const s = r.facetStats?.[f.field]
      facets[f.field] = { type: "stats", min: s?.min ?? 0, max: s?.max ?? 0, count }
    } else {
      const dist = Object.entries((r.facetDistribution?.[f.field] ?? {}) as Record<string, number>).map(
        ([value, n]) => ({ value, count: n }),
      )
      dist.sort(
        f.sort === "alpha"
          ? (a, b) => a.value.localeCompare(b.value, "vi")
          : (a, b) => b.count - a.count || a.value.localeCompare(b.value, "vi"),
      )
      const shown = f.limit ? dist.slice(0, f.limit) : dist
      const other = dist.slice(shown.length).reduce((n, x) => n + x.count, 0)
      facets[f.field] = { type: "value", values: shown, ...(other ? { other_count: other } : {}) }
    }
  }
  return {
    hits,
    ...(plan.facetRequests.length ? { facets } : {}),
    metadata: {
      skip: plan.skip,
      take: plan.take,
      count,
      query: plan.input.q,
      processing_time_ms: r.processingTimeMs,
    },
  }
}

/** `{ id: "x" }` or `{ id: ["x", "y"] }` or `{ id: { $in: [...] } }` → the ids, else null. */
export function idList(filters: SearchTypes.SearchFilters): string[] | null {
  const keys = Object.keys(filters)
  if (keys.length !== 1 || keys[0] !== "id") return null
  const v = filters.id as unknown
  if (typeof v === "string") return [v]
  if (Array.isArray(v)) return v.map(String)
  if (v && typeof v === "object" && Array.isArray((v as { $in?: unknown[] }).$in))
    return (v as { $in: unknown[] }).$in.map(String)
  return null
}

export function datesToNumbers(doc: SearchTypes.SearchDocument, dates: Set<string>): SearchTypes.SearchDocument {
  const copy: Record<string, unknown> = { ...doc }
  for (const path of dates) {
    if (path.includes(".")) continue // nested dates are left as they come
    const v = copy[path]
    if (v instanceof Date) copy[path] = v.getTime()
    else if (typeof v === "string" && !Number.isNaN(Date.parse(v))) copy[path] = Date.parse(v)
  }
  return copy as SearchTypes.SearchDocument
}
