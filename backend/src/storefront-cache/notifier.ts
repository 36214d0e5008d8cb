/**
 * Tells the storefront which cache tags are stale: a signed POST to its revalidation route
 * (STOREFRONT_REVALIDATE_URL, signed with STOREFRONT_REVALIDATE_SECRET; `npm start` sets both).
 * Events that arrive together (a bulk edit, an order's reservations) go in one notice. A notice that
 * fails is tried again; tags read from the search index are told again once the index has caught
 * up (Meilisearch takes a few seconds per change on a small machine).
 */
import crypto from "node:crypto"
import { signNotice, SIGNATURE_HEADER } from "@ocop-market/ocop/revalidation"
import { MAX_TAGS_PER_NOTICE, type CacheTag } from "@ocop-market/ocop"
import type { StaleTags } from "./tags"

const BATCH_MS = 150
const ATTEMPTS = 4
/**
 * Tags read from the search index are told again once Meilisearch has no write left to do (polled
 * below), and, in case a write came in after that look, on this schedule: Meilisearch took 3–5 s
 * per change on this machine, more under load. Each echo costs one render of the pages that show
 * the tag, on their next visit.
 */
const INDEX_ECHOES_MS = [5_000, 15_000, 30_000]
const INDEX_POLL_MS = 200
const INDEX_WAIT_MS = 15_000

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref())

/** Until Meilisearch has nothing enqueued or processing (at most INDEX_WAIT_MS); false without it. */
async function indexSettled(): Promise<boolean> {
  const host = process.env.MEILISEARCH_HOST?.trim()
  if (!host) return false
  const key = process.env.MEILISEARCH_API_KEY?.trim()
  // the search module enqueues its write as it handles the same event: give it a moment
  await sleep(300)
  const t0 = Date.now()
  while (Date.now() - t0 < INDEX_WAIT_MS) {
    try {
      const res = await fetch(`${host.replace(/\/$/, "")}/tasks?statuses=enqueued,processing&limit=1`, {
        headers: key ? { authorization: `Bearer ${key}` } : {},
        signal: AbortSignal.timeout(2_000),
      })
      if (!res.ok) return false
      if (((await res.json()) as { results?: unknown[] }).results?.length === 0) return true
    } catch {
      return false
    }
    await sleep(INDEX_POLL_MS)
  }
  return false
}

type Logger = { warn: (msg: string) => void }

export class StorefrontCacheNotifier {
  private pending = new Set<CacheTag>()
  private timer: NodeJS.Timeout | null = null
  private indexed = new Set<CacheTag>()
  private waitingForIndex = false

  constructor(
    private readonly url: string,
    private readonly secret: string,
    private readonly logger: Logger,
  ) {}

  tell({ live, indexed }: StaleTags) {
    for (const tag of [...live, ...indexed]) this.pending.add(tag)
    if (indexed.length) {
      this.afterIndex(indexed)
      for (const ms of INDEX_ECHOES_MS) setTimeout(() => this.tell({ live: indexed, indexed: [] }), ms).unref()
    }
    this.timer ??= setTimeout(() => void this.flush(), BATCH_MS)
  }

  /** One look at Meilisearch at a time; tags that arrive meanwhile go with the next. */
  private afterIndex(tags: CacheTag[]) {
    for (const tag of tags) this.indexed.add(tag)
    if (this.waitingForIndex) return
    this.waitingForIndex = true
    void (async () => {
      while (this.indexed.size) {
        const settled = await indexSettled()
        const ready = [...this.indexed]
        this.indexed.clear()
        if (settled) this.tell({ live: ready, indexed: [] })
      }
      this.waitingForIndex = false
    })()
  }

  private async flush() {
    this.timer = null
    const tags = [...this.pending]
    this.pending.clear()
    for (let i = 0; i < tags.length; i += MAX_TAGS_PER_NOTICE) await this.send(tags.slice(i, i + MAX_TAGS_PER_NOTICE))
  }

  private async send(tags: CacheTag[]) {
    if (!tags.length) return
    const body = JSON.stringify({ id: crypto.randomUUID(), tags })
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        const res = await fetch(this.url, {
          method: "POST",
          headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signNotice(this.secret, body) },
          body,
          signal: AbortSignal.timeout(5_000),
        })
        if (res.ok) return
        // a refusal will not change on a retry (a wrong secret, a tag the storefront does not know)
        if (res.status < 500 && res.status !== 429) {
          this.logger.warn(`storefront cache: notice refused (${res.status} ${await res.text()})`)
          return
        }
      } catch {
        // the storefront is restarting or down: try again shortly
      }
      if (attempt < ATTEMPTS) await new Promise((r) => setTimeout(r, 250 * 2 ** attempt))
    }
    this.logger.warn(
      `storefront cache: ${tags.length} tags not delivered to ${this.url}; pages refresh within their cache life`,
    )
  }
}

let shared: StorefrontCacheNotifier | null | undefined
/** The process's notifier, or null when no storefront is configured to listen. */
export function storefrontCacheNotifier(logger: Logger): StorefrontCacheNotifier | null {
  if (shared !== undefined) return shared
  const url = process.env.STOREFRONT_REVALIDATE_URL?.trim()
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET?.trim()
  shared = url && secret ? new StorefrontCacheNotifier(url, secret, logger) : null
  return shared
}
