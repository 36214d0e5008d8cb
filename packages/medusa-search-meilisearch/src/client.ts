import type { Meilisearch } from "meilisearch"

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

/** A task as Meilisearch enqueues it. */
export type EnqueuedTask = { taskUid: number; indexUid?: string | null; status: string }

/** The client, made once (the `meilisearch` package is ESM-only, loaded on first use). */
export function createClient(options: MeilisearchProviderOptions): Promise<Meilisearch> {
  return import("meilisearch").then(
    ({ Meilisearch }) =>
      new Meilisearch({
        host: options.host,
        apiKey: options.apiKey,
        // Node's fetch spends ≈ 45 ms decompressing each small response otherwise (measured here).
        requestInit: { headers: { "Accept-Encoding": "identity" } },
        defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 60_000, interval: 20 },
      }),
  )
}

/** Network failures (server down or restarting), as opposed to a request Meilisearch refused. */
export function isUnreachable(err: unknown): boolean {
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

/** What a search says while Meilisearch cannot be reached (thrown with `code: "search_unavailable"`). */
export const SEARCH_UNAVAILABLE_MESSAGE = "the search engine cannot be reached; try again in a few seconds"
