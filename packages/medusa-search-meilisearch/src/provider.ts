import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch } from "meilisearch"
import {
  createClient,
  isUnreachable,
  SEARCH_UNAVAILABLE_MESSAGE,
  type EnqueuedTask,
  type MeilisearchProviderOptions,
} from "./client"
import { compileOrRefuse, datesToNumbers, idList, planSearch, toSearchResult } from "./query-plan"
import { fieldSets, meilisearchSettings, type FieldSets } from "./settings"
import { Tombstones, WriteQueue, type PendingWrite } from "./write-queue"

export type { MeilisearchProviderOptions }

/**
 * Medusa Search Module provider backed by Meilisearch. Register it beside Medusa's own providers:
 * `providers: [{ resolve: "@ocop-market/medusa-search-meilisearch", id: "meilisearch", options }]`
 * and point an index at it with `provider: "meilisearch"` (this class's identifier).
 * The parts: client.ts (the connection), write-queue.ts (writes kept while Meilisearch is down,
 * late writes of deleted documents dropped), query-plan.ts (Medusa's queries in Meilisearch's terms).
 */
export class MeilisearchSearchProviderService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected readonly options_: MeilisearchProviderOptions
  protected readonly logger_?: Logger
  private client_?: Promise<Meilisearch>
  private readonly queue_: WriteQueue
  private readonly tombstones_: Tombstones

  constructor({ logger }: { logger?: Logger }, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) throw new Error("meilisearch provider: option `host` is required (MEILISEARCH_HOST)")
    this.options_ = options
    this.logger_ = logger
    this.queue_ = new WriteQueue(
      () => this.client(),
      (t) => this.waitForTask(this.task(t)),
      options.retryIntervalMs ?? 2000,
      logger,
    )
    this.tombstones_ = new Tombstones(options.tombstoneMs ?? 60_000)
  }

  protected client(): Promise<Meilisearch> {
    this.client_ ??= createClient(this.options_)
    return this.client_
  }

  /** Writes waiting for Meilisearch to come back. */
  get pendingWrites(): number {
    return this.queue_.length
  }

  private async write(w: PendingWrite): Promise<SearchTypes.SearchTask> {
    const enqueued = await this.queue_.write(w)
    return enqueued ? this.task(enqueued) : { status: "succeeded" }
  }

  private task(enqueued: EnqueuedTask): SearchTypes.SearchTask {
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

  private async settle(enqueued: EnqueuedTask, what: string) {
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
    const live = this.tombstones_.without(input.index, input.documents, input.definition.primary_key)
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
    if (ids) {
      this.tombstones_.add(input.index, ids)
      return this.write({
        describe: `delete of ${ids.length} document(s) from ${input.index}`,
        run: (client) => client.index(input.index).deleteDocuments(ids),
      })
    }
    const client = await this.client()
    const index = client.index(input.index)
    // Any other filter needs the fields to be filterable in the index.
    const settings = await index.getFilterableAttributes()
    const filter = compileOrRefuse(
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

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    return this.task(await client.index(index).deleteAllDocuments())
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    return (await this.searchMany([input]))[0]!
  }

  /** Every query, and the extra counts range facets need, in one multi-search round trip. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const plans = inputs.map((input) => planSearch(input))
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
      // down or restarting: a condition the caller can answer as 503, not a fault of the query
      if (isUnreachable(err)) throw Object.assign(new Error(SEARCH_UNAVAILABLE_MESSAGE), { code: "search_unavailable" })
      throw err
    }
    let at = 0
    return plans.map((plan) => {
      const main = results[at++]!
      const ranges = plan.rangeQueries.map((r) => ({
        ...r,
        count: Number(results[at++]!.totalHits ?? results[at - 1]!.estimatedTotalHits ?? 0),
      }))
      return toSearchResult(plan, main, ranges)
    })
  }
}

export type { FieldSets }
