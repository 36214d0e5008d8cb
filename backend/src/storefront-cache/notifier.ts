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
 * When the search index may have caught up: Meilisearch takes 3–4 s per change on this machine,
 * longer under load (measured: over 5 s while the test suite runs). Each echo costs one render of
 * the pages that show the tag, on their next visit.
 */
const INDEX_ECHOES_MS = [1_500, 3_000, 5_000, 8_000, 15_000, 30_000]

type Logger = { warn: (msg: string) => void }

export class StorefrontCacheNotifier {
  private pending = new Set<CacheTag>()
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly url: string,
    private readonly secret: string,
    private readonly logger: Logger,
  ) {}

  tell({ live, indexed }: StaleTags) {
    for (const tag of [...live, ...indexed]) this.pending.add(tag)
    if (indexed.length) {
      for (const ms of INDEX_ECHOES_MS) setTimeout(() => this.tell({ live: indexed, indexed: [] }), ms).unref()
    }
    this.timer ??= setTimeout(() => void this.flush(), BATCH_MS)
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
