import "server-only"
import { revalidateTag } from "next/cache"
import { RateLimiterMemory } from "rate-limiter-flexible"
import { ERROR_CODES, MAX_TAGS_PER_NOTICE, isCacheTag, type ApiError, type ErrorCode } from "@ocop-market/ocop"
import { checkSignature } from "@ocop-market/ocop/revalidation"

/**
 * The backend's notices of what changed (backend/src/storefront-cache): signed with the shared
 * secret, each one once, tags the shop knows. A notice that passes expires those tags at once,
 * in this instance's cache and, with Redis, every instance's.
 */
export const MAX_NOTICE_BYTES = 16 * 1024
const REPLAY_WINDOW_MS = 2 * 60_000

const seen = new Map<string, number>()
// refusals per address (someone guessing the secret), and all notices together (a flood)
const refusals = new RateLimiterMemory({ points: 20, duration: 60 })
const notices = new RateLimiterMemory({ points: 600, duration: 60 })

export type NoticeAnswer = { status: number; body: { revalidated: number } | ApiError }

const refuse = (status: number, code: ErrorCode, field?: string): NoticeAnswer => ({
  status,
  body: {
    type: status === 401 ? "unauthorized" : "invalid_data",
    code,
    ...(field ? { field } : {}),
    message: ERROR_CODES[code],
  },
})

/** `raw` is null for a body too large to read. */
export async function receiveNotice(raw: string | null, signature: string | null, from: string): Promise<NoticeAnswer> {
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET?.trim()
  if (!secret) return refuse(503, "service_unavailable")
  if ((await refusals.get(from))?.remainingPoints === 0) return refuse(429, "too_many_attempts")
  const answer = await check(raw, signature, secret)
  if (answer.status >= 400) {
    await refusals.consume(from).catch(() => undefined)
    return answer
  }
  try {
    await notices.consume("all")
  } catch {
    return refuse(429, "too_many_attempts")
  }
  return answer
}

async function check(raw: string | null, signature: string | null, secret: string): Promise<NoticeAnswer> {
  if (raw === null || Buffer.byteLength(raw) > MAX_NOTICE_BYTES) return refuse(413, "invalid", "body")
  const signed = checkSignature(secret, raw, signature)
  if (!signed.ok) return refuse(401, signed.code)
  let notice: unknown
  try {
    notice = JSON.parse(raw)
  } catch {
    return refuse(400, "invalid", "body")
  }
  const { id, tags } = (notice ?? {}) as { id?: unknown; tags?: unknown }
  if (typeof id !== "string" || !id || id.length > 100) return refuse(400, "invalid", "id")
  if (!Array.isArray(tags) || tags.length > MAX_TAGS_PER_NOTICE) return refuse(400, "invalid", "tags")
  const unknown = tags.findIndex((t) => !isCacheTag(t))
  if (unknown >= 0) return refuse(400, "tag_unknown", `tags.${unknown}`)
  const now = Date.now()
  for (const [key, until] of seen) if (until < now) seen.delete(key)
  if (seen.has(id)) return refuse(409, "notice_replayed", "id")
  seen.set(id, now + REPLAY_WINDOW_MS)
  for (const tag of new Set(tags as string[])) revalidateTag(tag, { expire: 0 })
  return { status: 200, body: { revalidated: new Set(tags).size } }
}
