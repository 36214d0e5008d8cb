import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES, type ApiError } from "@ocop-market/ocop"
import {
  CLIENT_IP_HEADER,
  CLIENT_IP_SIGNATURE_HEADER,
  sameSecret,
  signClientIp,
  STOREFRONT_ITSELF,
} from "@ocop-market/ocop/revalidation"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import { fastRedis } from "./redis-health"

/**
 * A limit on attempts: `points` per `seconds` for each key (`key` reads it from the request; no key,
 * no limit). Counters live in Redis when REDIS_URL is set, so every server counts together, with
 * memory as the insurance while Redis is down; in memory on one machine.
 */
export type Limit = {
  name: string
  points: number
  seconds: number
  key: (req: MedusaRequest) => string | undefined
  /** A successful answer clears the key's count: the limit is on failures in a row. */
  clearOnSuccess?: boolean
}

function counter(limit: Limit): RateLimiterAbstract {
  const options = { keyPrefix: `ocop-limit:${limit.name}`, points: limit.points, duration: limit.seconds }
  const memory = new RateLimiterMemory(options)
  const redis = fastRedis()
  return redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory
}

/** Over any of the limits: 429 `too_many_attempts` with Retry-After, before the route runs. */
export function throttle(...limits: Limit[]) {
  const counters = limits.map((limit) => ({ limit, counter: counter(limit) }))
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const hits = counters.flatMap((c) => {
      const key = c.limit.key(req)
      return key ? [{ ...c, key }] : []
    })
    try {
      await Promise.all(hits.map((h) => h.counter.consume(h.key)))
    } catch (rejected) {
      if (!(rejected instanceof RateLimiterRes)) return next(rejected)
      const seconds = Math.max(1, Math.ceil(rejected.msBeforeNext / 1000))
      const body: ApiError = {
        type: "not_allowed",
        code: "too_many_attempts",
        message: ERROR_CODES.too_many_attempts,
        params: { retry_after: seconds },
      }
      res.setHeader("Retry-After", String(seconds))
      return res.status(429).json(body)
    }
    res.on("finish", () => {
      if (res.statusCode >= 400) return
      for (const h of hits) if (h.limit.clearOnSuccess) void h.counter.delete(h.key).catch(() => undefined)
    })
    next()
  }
}

/** A request body's field as a key: trimmed, lower case (an e-mail typed two ways is one address). */
export const bodyField = (field: string) => (req: MedusaRequest) => {
  const value = (req.body as Record<string, unknown> | undefined)?.[field]
  return typeof value === "string" && value.trim() ? value.trim().toLowerCase() : undefined
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"])

/**
 * The key of a per-address limit: the shopper's address, or none for the shop's own calls — the
 * storefront's reads for everyone (signed as "storefront") and anything from this machine
 * (scripts, the tests, a developer's browser).
 */
/** The logged-in actor's id (customer, producer staff, user), for limits and checks per account. */
export const actorOf = (req: MedusaRequest): string | undefined =>
  (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id

export function networkKey(req: MedusaRequest): string | undefined {
  const ip = clientIp(req)
  return !ip || ip === STOREFRONT_ITSELF || LOOPBACK.has(ip) ? undefined : ip
}

/**
 * The shopper's address. The storefront's server makes most calls, so every shopper would share
 * its address here: it passes on the one it saw, signed with the secret the two share
 * (STOREFRONT_REVALIDATE_SECRET), and only a signed one is believed; anyone else is counted at the
 * address it connects from.
 */
export function clientIp(req: MedusaRequest): string | undefined {
  const given = req.get(CLIENT_IP_HEADER)
  const signature = req.get(CLIENT_IP_SIGNATURE_HEADER)
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET?.trim()
  return given && signature && secret && sameSecret(signature, signClientIp(secret, given)) ? given : req.ip
}
