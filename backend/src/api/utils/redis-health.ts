import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES, type ApiError } from "@ocop-market/ocop"
import Redis from "ioredis"

/**
 * With REDIS_URL (the scaled setup), every write goes through Redis: locks, the workflow engine, the
 * event bus. While Redis is unreachable Medusa's clients queue their commands and a write would
 * hang, then fail half-way; instead it is refused at once with 503 `service_unavailable`, before
 * anything is written, and accepted again as soon as Redis answers. Reads go on.
 */
// One connection per server process that only watches, opened as the API loads (long before the
// first request): no offline queue, so its state is the truth now.
const watcher = process.env.REDIS_URL
  ? new Redis(process.env.REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => 500,
      connectionName: "ocop-health",
    }).on("error", () => undefined) // its state is read below; Redis' own log says why
  : undefined

/** The watching connection, for what may fail fast with Redis (the login limits' counters). */
export const fastRedis = () => watcher

/** Whether Redis answers (always, in the one-process setup without it). */
export const redisAnswers = () => !watcher || watcher.status === "ready"

const READS = new Set(["GET", "HEAD", "OPTIONS"])
/** Reads sent as POST (a search's body is its query). */
const POSTED_READS = new Set(["/store/search"])

export function refuseWritesWithoutRedis(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (READS.has(req.method) || POSTED_READS.has(req.path) || redisAnswers()) return next()
  answerUnavailable(res)
}

/** 503 with Retry-After: a part the shop needs is away for a moment (Redis, or the search engine). */
export function answerUnavailable(
  res: MedusaResponse,
  code: "service_unavailable" | "search_unavailable" = "service_unavailable",
) {
  const body: ApiError = { type: "unavailable", code, message: ERROR_CODES[code] }
  res.setHeader("Retry-After", "5")
  res.status(503).json(body)
}
