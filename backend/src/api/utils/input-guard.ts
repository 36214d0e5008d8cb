import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, type ApiError, type ErrorCode } from "@ocop-market/ocop"

/**
 * Text no field of the shop can hold, refused at the door of every route before a validator,
 * the database or the search engine sees it: a NUL character (PostgreSQL cannot store one and
 * answered 500), a lone UTF-16 surrogate (not a character at all; Meilisearch and JSON encoders
 * choke on it), and values nested deeper than any request of ours needs (thousands of levels of
 * `$or` ran the filter builders out of stack).
 */
export const MAX_INPUT_DEPTH = 12

// a NUL, or a surrogate without its other half
// eslint-disable-next-line no-control-regex
const UNREADABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

type Problem = { field: string; code: ErrorCode }

function problemIn(value: unknown, path: string[], depth: number): Problem | null {
  if (typeof value === "string") return UNREADABLE.test(value) ? { field: path.join("."), code: "invalid_text" } : null
  // a webhook's raw body is kept as bytes beside the parsed one
  if (value === null || typeof value !== "object" || Buffer.isBuffer(value)) return null
  if (depth >= MAX_INPUT_DEPTH) return { field: path.join("."), code: "nested_too_deep" }
  for (const [key, item] of Object.entries(value)) {
    if (UNREADABLE.test(key)) return { field: [...path, "(key)"].join("."), code: "invalid_text" }
    const found = problemIn(item, [...path, key], depth + 1)
    if (found) return found
  }
  return null
}

function refusal({ field, code }: Problem): ApiError {
  return {
    type: MedusaError.Types.INVALID_DATA,
    code,
    ...(field ? { field } : {}),
    message: `${field || "request"}: ${ERROR_CODES[code]}`,
  }
}

/** The path, the query and the body, in that order; the first problem found is the answer. */
export function refuseUnreadableInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // the whole path as sent (a wildcard middleware's req.path lacks its mount point)
  const path = decodedPath(req.originalUrl)
  const found =
    (path === null || UNREADABLE.test(path) ? { field: "path", code: "invalid_text" as const } : null) ??
    problemIn(req.query, [], 0) ??
    problemIn(req.body, [], 0)
  if (found) return void res.status(400).json(refusal(found))
  next()
}

/** A request's path decoded, or null when it cannot be (`%ED%A0%80` is not UTF-8). */
export function decodedPath(url: string): string | null {
  try {
    return decodeURIComponent(url.split("?")[0] ?? "")
  } catch {
    return null
  }
}

export const undecodablePathAnswer = JSON.stringify(refusal({ field: "path", code: "invalid_text" }))
