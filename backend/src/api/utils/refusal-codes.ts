import type { ServerResponse } from "node:http"
import { isErrorCode, type ErrorCode } from "@ocop-market/ocop"

/**
 * Every refusal carries one of our stable codes, also those Medusa answers itself: its validators
 * (`Invalid request: Field 'cart_id' is required`), its not-found and not-allowed errors, and the
 * 401 its authentication middleware writes directly. Its own words stay as the message; the code
 * (and, where its message names one, the field) is what a client can act on.
 */
const BY_TYPE: Record<string, ErrorCode> = {
  invalid_data: "invalid",
  not_found: "not_found",
  not_allowed: "not_allowed",
  unauthorized: "unauthorized",
  forbidden: "forbidden",
  conflict: "conflict",
  duplicate_error: "duplicate",
  payment_authorization_error: "payment_refused",
}
const BY_STATUS: Record<number, ErrorCode> = {
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "too_big",
  429: "too_many_attempts",
}

/** Medusa's validator messages, in the order they name the first wrong field. */
const VALIDATOR: [RegExp, ErrorCode][] = [
  [/Field '([^']+)' is required/, "required"],
  [/Expected type: '[^']+' for field '([^']+)'/, "invalid_type"],
  [/Unrecognized fields: '([^,']+)/, "unknown_field"],
]

export function refusalCode(
  status: number,
  body: { type?: unknown; message?: unknown },
): { code: ErrorCode; field?: string } {
  const message = typeof body.message === "string" ? body.message : ""
  for (const [pattern, code] of VALIDATOR) {
    const m = pattern.exec(message)
    if (m && status === 400) return { code, field: m[1]! }
  }
  const byType = typeof body.type === "string" ? BY_TYPE[body.type] : undefined
  return { code: byType ?? BY_STATUS[status] ?? "invalid" }
}

/** The answer with a code added when it is a refusal (4xx JSON object) that has none of ours. */
export function withRefusalCode(status: number, body: unknown): unknown {
  if (status < 400 || status >= 500 || !body || typeof body !== "object" || Array.isArray(body)) return body
  const b = body as { code?: unknown; field?: unknown; type?: unknown; message?: unknown }
  if (isErrorCode(b.code)) return body
  const { code, field } = refusalCode(status, b)
  return { ...b, code, ...(field && b.field === undefined ? { field } : {}) }
}

/**
 * Gives every JSON answer of this response a code when it is a refusal. Set on the raw response
 * before Express handles it (backend/instrumentation.ts), so that it also covers what Medusa's own
 * middlewares answer before any of ours runs; Express's `res.json` is reached through the prototype
 * Express gives the response.
 */
export function codeEveryRefusal(res: ServerResponse) {
  Object.defineProperty(res, "json", {
    configurable: true,
    writable: true,
    value(this: ServerResponse & { json: (b: unknown) => unknown }, body: unknown) {
      const json = (Object.getPrototypeOf(this) as { json: (b: unknown) => unknown }).json
      return json.call(this, withRefusalCode(this.statusCode, body))
    },
  })
}
