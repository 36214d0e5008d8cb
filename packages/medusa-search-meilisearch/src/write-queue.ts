import type { Logger, SearchTypes } from "@medusajs/framework/types"
import type { Meilisearch } from "meilisearch"
import { isUnreachable, type EnqueuedTask } from "./client"

/** A document write Meilisearch could not take (unreachable): kept in order and retried. */
export type PendingWrite = {
  describe: string
  run: (client: Meilisearch) => Promise<EnqueuedTask>
}

/**
 * Document writes go through here: when Meilisearch cannot be reached, the write is kept and
 * retried every `retryIntervalMs` until it lands, in order, so a product saved while search is
 * down still reaches the index once it is back (in memory: a restart in between loses it, which
 * `npm run reindex -- --check` shows and `npm run reindex` repairs).
 */
export class WriteQueue {
  private readonly pending_: PendingWrite[] = []
  private retryTimer_?: NodeJS.Timeout

  constructor(
    private readonly client: () => Promise<Meilisearch>,
    private readonly settle: (task: EnqueuedTask) => Promise<SearchTypes.SearchTask>,
    private readonly retryIntervalMs: number,
    private readonly logger?: Logger,
  ) {}

  get length(): number {
    return this.pending_.length
  }

  async write(w: PendingWrite): Promise<EnqueuedTask | null> {
    if (this.pending_.length) {
      this.pending_.push(w)
      return null
    }
    try {
      return await w.run(await this.client())
    } catch (err) {
      if (!isUnreachable(err)) throw err
      this.logger?.warn(`meilisearch: unreachable, ${w.describe} will be retried: ${(err as Error).message}`)
      this.pending_.push(w)
      this.scheduleRetry()
      return null
    }
  }

  private scheduleRetry() {
    if (this.retryTimer_) return
    this.retryTimer_ = setTimeout(async () => {
      this.retryTimer_ = undefined
      const client = await this.client()
      while (this.pending_.length) {
        try {
          const done = await this.settle(await this.pending_[0]!.run(client))
          if (done.status === "failed")
            this.logger?.error(`meilisearch: ${this.pending_[0]!.describe} failed: ${done.error?.message}`)
          this.pending_.shift()
        } catch (err) {
          if (!isUnreachable(err)) {
            this.logger?.error(`meilisearch: ${this.pending_[0]!.describe} dropped: ${(err as Error).message}`)
            this.pending_.shift()
            continue
          }
          this.scheduleRetry()
          return
        }
      }
      this.logger?.info("meilisearch: reachable again, pending writes applied")
    }, this.retryIntervalMs)
    this.retryTimer_.unref()
  }
}

/**
 * Ids deleted in the last `ttlMs`, per index, whose late writes are dropped: events are consumed
 * concurrently, and an update read just before a deletion can arrive after it.
 */
export class Tombstones {
  /** index → id → when it was deleted */
  private readonly byIndex_ = new Map<string, Map<string, number>>()

  constructor(private readonly ttlMs: number) {}

  add(index: string, ids: string[]) {
    if (!this.ttlMs) return
    const now = Date.now()
    const map = this.byIndex_.get(index) ?? new Map<string, number>()
    for (const id of ids) map.set(String(id), now)
    for (const [id, at] of map) if (now - at > this.ttlMs) map.delete(id) // keep the map small
    this.byIndex_.set(index, map)
  }

  without(index: string, documents: SearchTypes.SearchDocument[], primaryKey = "id") {
    const map = this.byIndex_.get(index)
    if (!map?.size) return documents
    const now = Date.now()
    return documents.filter((d) => {
      const at = map.get(String((d as Record<string, unknown>)[primaryKey]))
      return at === undefined || now - at > this.ttlMs
    })
  }
}
