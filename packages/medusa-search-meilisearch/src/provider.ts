import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch } from "meilisearch"
import { compileFilters, literal, UnsupportedSearchError } from "./filters"
import { fieldSets, meilisearchSettings, type FieldSets } from "./settings"

export type MeilisearchProviderOptions = {
  /** URL of the Meilisearch server, e.g. http://127.0.0.1:7700 */
  host: string
  /** A key allowed to manage indexes and documents (the master key on one machine). */
  apiKey?: string
  /** Synonyms applied to every index, e.g. { "nuoc mam": ["mam"] } */
  synonyms?: Record<string, string[]>
  /** Milliseconds to wait for a Meilisearch task (index settings, documents). Default 60 000. */
  taskTimeoutMs?: number
  /** How often writes kept while Meilisearch was unreachable are retried. Default 2 000 ms. */
  retryIntervalMs?: number
  /**
   * For how long a document deleted by id is not written again (default 60 000 ms; 0 turns it off).
   * Events are consumed concurrently: an update read just before a deletion can arrive after it
   * and bring the deleted document back. Ids are unique, so a real comeback within a minute is rare.
   */
  tombstoneMs?: number
}

type MeiliQuery = Record<string, unknown> & { indexUid: string }

/** A document write Meilisearch could not take (unreachable): kept in order and retried. */
type PendingWrite = {
  describe: string
  run: (client: Meilisearch) => Promise<{ taskUid: number; indexUid?: string | null; status: string }>
}

/** Network failures (server down or restarting), as opposed to a request Meilisearch refused. */
function isUnreachable(err: unknown): boolean {
  const e = err as { name?: string; cause?: { code?: string; name?: string; cause?: { code?: string } } }
  const code = e?.cause?.code ?? e?.cause?.cause?.code
  return (
    e?.name === "MeiliSearchRequestError" ||
    e?.name === "MeilisearchRequestError" ||
    ["ECONNREFUSED", "ECONNRESET", "EHOSTUNREACH", "ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_SOCKET"].includes(
      code ?? "",
    )
  )
}

/**
 * Medusa Search Module provider backed by Meilisearch. Register it beside Medusa's own providers:
 * `providers: [{ resolve: "@ocop-market/medusa-search-meilisearch", id: "meilisearch", options }]`
 * and point an index at it with `provider: "meilisearch"` (this class's identifier).
 */
export class MeilisearchSearchProviderService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected readonly options_: MeilisearchProviderOptions
  protected readonly logger_?: Logger
  private client_?: Promise<Meilisearch>
  private readonly pending_: PendingWrite[] = []
  private retryTimer_?: NodeJS.Timeout
  /** index → id → when it was deleted */
  private readonly tombstones_ = new Map<string, Map<string, number>>()

  constructor({ logger }: { logger?: Logger }, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) throw new Error("meilisearch provider: option `host` is required (MEILISEARCH_HOST)")
    this.options_ = options
    this.logger_ = logger
  }

  /** The client, made on first use (the `meilisearch` package is ESM-only). */
  protected client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch }) =>
        new Meilisearch({
          host: this.options_.host,
          apiKey: this.options_.apiKey,
          // Node's fetch spends ≈ 45 ms decompressing each small response otherwise (measured here).
          requestInit: { headers: { "Accept-Encoding": "identity" } },
          defaultWaitOptions: { timeout: this.options_.taskTimeoutMs ?? 60_000, interval: 20 },
        }),
    )
    return this.client_
  }

  /**
   * Document writes go through here: when Meilisearch cannot be reached, the write is kept and
   * retried every `retryIntervalMs` until it lands, in order, so a product saved while search is
   * down still reaches the index once it is back (in memory: a restart in between loses it, which
   * `npm run reindex -- --check` shows and `npm run reindex` repairs).
   */
  private async write(w: PendingWrite): Promise<SearchTypes.SearchTask> {
    if (this.pending_.length) {
      this.pending_.push(w)
      return { status: "succeeded" }
    }
    try {
      return this.task(await w.run(await this.client()))
    } catch (err) {
      if (!isUnreachable(err)) throw err
      this.logger_?.warn(`meilisearch: unreachable, ${w.describe} will be retried: ${(err as Error).message}`)
      this.pending_.push(w)
      this.scheduleRetry()
      return { status: "succeeded" }
    }
  }

  private scheduleRetry() {
    if (this.retryTimer_) return
    this.retryTimer_ = setTimeout(async () => {
      this.retryTimer_ = undefined
      const client = await this.client()
      while (this.pending_.length) {
        try {
          const done = await this.waitForTask(this.task(await this.pending_[0]!.run(client)))
          if (done.status === "failed")
            this.logger_?.error(`meilisearch: ${this.pending_[0]!.describe} failed: ${done.error?.message}`)
          this.pending_.shift()
        } catch (err) {
          if (!isUnreachable(err)) {
            this.logger_?.error(`meilisearch: ${this.pending_[0]!.describe} dropped: ${(err as Error).message}`)
            this.pending_.shift()
            continue
          }
          this.scheduleRetry()
          return
        }
      }
      this.logger_?.info("meilisearch: reachable again, pending writes applied")
    }, this.options_.retryIntervalMs ?? 2000)
    this.retryTimer_.unref()
  }

  /** Writes waiting for Meilisearch to come back. */
  get pendingWrites(): number {
    return this.pending_.length
  }

  private task(enqueued: { taskUid: number; indexUid?: string | null; status: string }): SearchTypes.SearchTask {
    return {
      id: String(enqueued.taskUid),
      index: enqueued.indexUid ?? undefined,
      status: enqueued.status as SearchTypes.SearchTaskStatus,
    }
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (!task.id || task.status === "succeeded" || task.status === "failed") return task
    const client = await this.client()
    const done = await client.tasks.waitForTask(Number(task.id), {
      timeout: options?.timeout_ms ?? this.options_.taskTimeoutMs ?? 60_000,
    })
    return {
      id: String(done.uid),
      index: done.indexUid ?? undefined,
      status:
        done.status === "succeeded"
          ? "succeeded"
          : done.status === "failed" || done.status === "canceled"
            ? "failed"
            : (done.status as SearchTypes.SearchTaskStatus),
      ...(done.error ? { error: { message: done.error.message, code: done.error.code } } : {}),
    }
  }

  private async settle(enqueued: { taskUid: number; indexUid?: string | null; status: string }, what: string) {
    const done = await this.waitForTask(this.task(enqueued))
    if (done.status === "failed")
      throw new Error(`Meilisearch could not ${what}: ${done.error?.message ?? "task failed"}`)
    return done
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const settings = meilisearchSettings(index, this.options_.synonyms) // throws on what Meilisearch cannot hold
    const client = await this.client()
    const uid = index.physical_name
    const exists = await client
      .index(uid)
      .getRawInfo()
      .then(
        () => true,
        () => false,
      )
    if (!exists)
      await this.settle(await client.createIndex(uid, { primaryKey: index.primary_key }), `create index ${uid}`)
    // The Search Module does not wait for this during migrations: wait here, so seeding finds the settings.
    return this.settle(await client.index(uid).updateSettings(settings as never), `configure index ${uid}`)
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    return this.settle(await client.deleteIndex(index), `delete index ${index}`)
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const client = await this.client()
    // Real document counts: the module reseeds an index it believes empty.
    const stats = await client.getStats()
    const { results } = await client.getIndexes({ limit: 1000 })
    return results.map((i) => ({
      name: i.uid,
      provider: MeilisearchSearchProviderService.identifier,
      document_count: stats.indexes[i.uid]?.numberOfDocuments ?? 0,
      created_at: i.createdAt ? new Date(i.createdAt) : undefined,
      updated_at: i.updatedAt ? new Date(i.updatedAt) : undefined,
    }))
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const live = this.withoutTombstoned(input.index, input.documents, input.definition.primary_key)
    if (!live.length) return { status: "succeeded", index: input.index }
    const { dates } = fieldSets(input.definition.fields)
    const documents = dates.size ? live.map((d) => datesToNumbers(d, dates)) : live
    return this.write({
      describe: `upsert of ${documents.length} document(s) into ${input.index}`,
      run: (client) => client.index(input.index).addDocuments(documents, { primaryKey: input.definition.primary_key }),
    })
  }

  async deleteDocuments(input: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const ids = idList(input.filters)
    if (ids) this.tombstone(input.index, ids)
    if (ids)
      return this.write({
        describe: `delete of ${ids.length} document(s) from ${input.index}`,
        run: (client) => client.index(input.index).deleteDocuments(ids),
      })
    const client = await this.client()
    const index = client.index(input.index)
    // Any other filter needs the fields to be filterable in the index.
    const settings = await index.getFilterableAttributes()
    const filter = this.compile(
      input.filters,
      new Set((settings ?? []).map((a) => (typeof a === "string" ? a : String(a)))),
    )
    if (!filter)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "deleteDocuments needs a filter; use clearIndex to empty an index",
      )
    return this.task(await index.deleteDocuments({ filter }))
  }

  private tombstone(index: string, ids: string[]) {
    const ttl = this.options_.tombstoneMs ?? 60_000
    if (!ttl) return
    const now = Date.now()
    const map = this.tombstones_.get(index) ?? new Map<string, number>()
    for (const id of ids) map.set(String(id), now)
    for (const [id, at] of map) if (now - at > ttl) map.delete(id) // keep the map small
    this.tombstones_.set(index, map)
  }

  private withoutTombstoned(index: string, documents: SearchTypes.SearchDocument[], primaryKey = "id") {
    const map = this.tombstones_.get(index)
    if (!map?.size) return documents
    const ttl = this.options_.tombstoneMs ?? 60_000
    const now = Date.now()
    return documents.filter((d) => {
      const at = map.get(String((d as Record<string, unknown>)[primaryKey]))
      return at === undefined || now - at > ttl
    })
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    return this.task(await client.index(index).deleteAllDocuments())
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    return (await this.searchMany([input]))[0]!
  }

  /** Every query, and the extra counts range facets need, in one multi-search round trip. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const plans = inputs.map((input) => this.plan(input))
    const queries = plans.flatMap((p) => [p.query, ...p.rangeQueries.map((r) => r.query)])
    const client = await this.client()
    let results: Record<string, any>[]
    try {
      if (queries.length === 1) {
        // One query: the index's own search route, a little lighter than multi-search.
        const { indexUid, ...params } = queries[0]!
        results = [
          (await client.index(indexUid).search(params.q as string, params as never)) as unknown as Record<string, any>,
        ]
      } else {
        ;({ results } = (await client.multiSearch({ queries: queries as never })) as unknown as {
          results: Record<string, any>[]
        })
      }
    } catch (err) {
      const e = err as { cause?: { code?: string }; message: string }
      if (e.cause?.code && /invalid_search|invalid_/.test(e.cause.code))
        throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
      throw err
    }
    let at = 0
    return plans.map((plan) => {
      const main = results[at++]!
      const ranges = plan.rangeQueries.map((r) => ({
        ...r,
        count: Number(results[at++]!.totalHits ?? results[at - 1]!.estimatedTotalHits ?? 0),
      }))
      return this.toResult(plan, main, ranges)
    })
  }

  private compile(filters: SearchTypes.SearchFilters | undefined, filterable: Set<string>) {
    try {
      return compileFilters(filters, filterable)
    } catch (err) {
      if (err instanceof UnsupportedSearchError) throw new MedusaError(MedusaError.Types.INVALID_DATA, err.message)
      throw err
    }
  }

  private plan(input: SearchTypes.ProviderSearchQuery) {
    const sets = fieldSets(input.index.fields)
    const pk = input.index.primary_key
    const opts = input.search_options ?? {}
    const invalid = (m: string) => new MedusaError(MedusaError.Types.INVALID_DATA, m)
    if (opts.typo_tolerance === false)
      throw invalid("typo_tolerance cannot be switched off per query in Meilisearch; set it on the index")
    if (opts.vector) throw invalid("vector search is not supported by this provider")
    if (input.pagination?.cursor)
      throw invalid("cursor pagination is not supported by this provider; use skip and take")
    const filter = this.compile(input.filters, sets.filterable)
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
    const retrieve = [
      ...new Set([pk, ...(input.attributes_to_retrieve?.length ? input.attributes_to_retrieve : ["*"])]),
    ]
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

  private toResult(
    plan: ReturnType<MeilisearchSearchProviderService["plan"]>,
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
          ranges: ranges
            .filter((x) => x.field === f.field)
            .map(({ key, from, to, count }) => ({ key, from, to, count })),
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
}

/** `{ id: "x" }` or `{ id: ["x", "y"] }` or `{ id: { $in: [...] } }` → the ids, else null. */
function idList(filters: SearchTypes.SearchFilters): string[] | null {
  const keys = Object.keys(filters)
  if (keys.length !== 1 || keys[0] !== "id") return null
  const v = filters.id as unknown
  if (typeof v === "string") return [v]
  if (Array.isArray(v)) return v.map(String)
  if (v && typeof v === "object" && Array.isArray((v as { $in?: unknown[] }).$in))
    return (v as { $in: unknown[] }).$in.map(String)
  return null
}

function datesToNumbers(doc: SearchTypes.SearchDocument, dates: Set<string>): SearchTypes.SearchDocument {
  const copy: Record<string, unknown> = { ...doc }
  for (const path of dates) {
    if (path.includes(".")) continue // nested dates are left as they come
    const v = copy[path]
    if (v instanceof Date) copy[path] = v.getTime()
    else if (typeof v === "string" && !Number.isNaN(Date.parse(v))) copy[path] = Date.parse(v)
  }
  return copy as SearchTypes.SearchDocument
}

export type { FieldSets }
