import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { ERROR_CODES, isErrorCode, type ApiError, type ErrorCode } from "@ocop-market/ocop"

export type ZodIssue = z.core.$ZodIssue

/**
 * One Zod issue as our error shape. Our schemas write a code as the issue's message
 * (`.min(0, "stock_negative")`); Zod's own checks get a generic code from the kind of issue.
 */
export function issueToError(issue: ZodIssue): ApiError {
  const path = issue.path.map(String)
  let code: ErrorCode = "invalid"
  const custom = issue.code === "custom" ? (issue.params as { code?: unknown } | undefined)?.code : undefined
  if (isErrorCode(custom)) code = custom
  else if (isErrorCode(issue.message)) code = issue.message
  else if (issue.code === "invalid_type")
    // Zod 4 keeps the input out of its issues: a missing field is told by "received undefined"
    code =
      issue.expected === "int"
        ? "not_whole_number"
        : issue.input === undefined && /received undefined/.test(issue.message)
          ? "required"
          : "invalid_type"
  else if (issue.code === "too_small") code = "too_small"
  else if (issue.code === "too_big") code = "too_big"
  else if (issue.code === "invalid_format") code = "invalid_format"
  else if (issue.code === "invalid_value") code = "invalid_value"
  else if (issue.code === "unrecognized_keys") {
    code = "unknown_field"
    path.push(issue.keys[0] ?? "")
  }
  const field = path.join(".")
  const message = isErrorCode(issue.message) ? ERROR_CODES[code] : issue.message
  const params: Record<string, string | number> = {}
  if ("minimum" in issue) params.min = Number(issue.minimum)
  if ("maximum" in issue) params.max = Number(issue.maximum)
  return {
    type: MedusaError.Types.INVALID_DATA,
    code,
    ...(field ? { field } : {}),
    message: field ? `${field}: ${message}` : message,
    ...(Object.keys(params).length ? { params } : {}),
  }
}

function refusal(error: z.ZodError): Error {
  return Object.assign(new MedusaError(MedusaError.Types.INVALID_DATA, ""), issueToError(error.issues[0]!))
}

/** Parses the body with `schema` into `req.validatedBody`, or refuses naming the first wrong field. */
export function validateBody(schema: z.ZodType) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = await schema.safeParseAsync(req.body ?? {})
    if (!parsed.success) return next(refusal(parsed.error))
    req.validatedBody = parsed.data
    next()
  }
}

/** Parses the query string with `schema` into `req.validatedQuery`. */
export function validateQuery(schema: z.ZodType) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = await schema.safeParseAsync(req.query ?? {})
    if (!parsed.success) return next(refusal(parsed.error))
    req.validatedQuery = parsed.data as Record<string, unknown>
    next()
  }
}

/**
 * Checks the fields of a request to one of Medusa's own routes that its validator lets through
 * (a quantity of 1.5, a negative offset): refused with our error shape; the request goes on as
 * Medusa parses it. Schemas here are loose objects (the other fields are Medusa's to check).
 */
export function checkRequest(part: "query" | "body", schema: z.ZodType) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = await schema.safeParseAsync((part === "query" ? req.query : req.body) ?? {})
    if (!parsed.success) return next(refusal(parsed.error))
    next()
  }
}

/** Paged lists of our own routes: at most 100 a page. */
export const ListQuery = z.object({
  limit: z.coerce.number().min(1).max(100).int().default(20),
  offset: z.coerce.number().min(0).int().default(0),
  q: z.string().max(200).optional(),
})
export type ListQueryType = z.infer<typeof ListQuery>

/**
 * Medusa's own product routes validate their body first and pass `additional_data` through as a
 * record; this checks our part of it afterwards, with our error shape, and keeps the parsed value.
 */
export function validateAdditionalData(schema: z.ZodType) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const body = (req.validatedBody ?? req.body ?? {}) as { additional_data?: unknown }
    if (body.additional_data == null) return next()
    const parsed = await schema.safeParseAsync(body.additional_data)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      return next(refusal(new z.ZodError([{ ...issue, path: ["additional_data", ...issue.path] }])))
    }
    body.additional_data = parsed.data
    next()
  }
}
