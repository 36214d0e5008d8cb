import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, type ErrorCode } from "@ocop-market/ocop"

type ErrorType = (typeof MedusaError.Types)[keyof typeof MedusaError.Types]

/**
 * A refusal as data: Medusa's error type (it sets the status), our stable code, the field it names
 * and the values a translated message needs. Workflows, routes and middlewares throw these; the
 * API's error handler answers them as `{ type, code, field?, message, params? }`.
 */
export class OcopError extends MedusaError {
  field?: string
  params?: Record<string, string | number>

  constructor(
    type: ErrorType,
    code: ErrorCode,
    opts: { field?: string; params?: Record<string, string | number>; message?: string } = {},
  ) {
    super(type, opts.message ?? ERROR_CODES[code], code)
    // own enumerable properties: they survive the workflow engine's error serialization
    if (opts.field) this.field = opts.field
    if (opts.params) this.params = opts.params
  }
}

export function refuse(
  type: ErrorType,
  code: ErrorCode,
  opts?: { field?: string; params?: Record<string, string | number>; message?: string },
): OcopError {
  return new OcopError(type, code, opts)
}

/** A domain check's first problem (packages/ocop returns them as data) as a refusal, the others in `params`. */
export function refuseFieldErrors(
  errors: { field: string; code: ErrorCode; message: string; params?: Record<string, string | number> }[],
  prefix = "",
): OcopError {
  const [first] = errors
  return refuse(MedusaError.Types.INVALID_DATA, first!.code, {
    field: prefix + first!.field,
    params: first!.params,
    message: errors.map((e) => `${prefix}${e.field}: ${e.message}`).join("; "),
  })
}
