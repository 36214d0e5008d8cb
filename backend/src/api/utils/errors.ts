import {
  errorHandler,
  getHttpResponseFromError,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ERROR_CODES, isErrorCode, type ApiError } from "@ocop-market/ocop"
import { answerUnavailable, redisAnswers } from "./redis-health"
import { issueToError, type ZodIssue } from "./validation"

/** A thrown value that carries one of our codes (an OcopError, or one the workflow engine serialized). */
function ocopBody(err: unknown): ApiError | null {
  const e = err as { type?: string; code?: unknown; field?: string; message?: string; params?: ApiError["params"] }
  if (!e || !isErrorCode(e.code)) return null
  return {
    type: e.type ?? "invalid_data",
    code: e.code,
    ...(e.field ? { field: e.field } : {}),
    message: e.message ?? "",
    ...(e.params ? { params: e.params } : {}),
  }
}

/** Refusals of a shopper who lost a race: the stock is gone, or the cart (or stock) stayed locked. */
export const outOfStock = (params?: ApiError["params"]): ApiError => ({
  type: "not_allowed",
  code: "out_of_stock",
  message: ERROR_CODES.out_of_stock,
  ...(params ? { params } : {}),
})
export const cartBusy = (): ApiError => ({ type: "conflict", code: "cart_busy", message: ERROR_CODES.cart_busy })

/**
 * What Medusa's own workflows throw when shoppers race: stock another cart took first, and a lock
 * (on a cart, or on stock being reserved) held past its wait. Each is a conflict the shopper can
 * act on, not a server error.
 */
function raceConflict(err: unknown): ApiError | null {
  const e = err as { code?: unknown; message?: unknown }
  const message = typeof e?.message === "string" ? e.message : ""
  // the code does not survive the workflow engine (a completed cart's error): its words do
  if (
    e?.code === "insufficient_inventory" ||
    /^Some variant does not have the required inventory|^Not enough stock available for item/.test(message)
  ) {
    return outOfStock()
  }
  // …or two requests creating the cart's payment collection at once: the second finds the first's
  if (
    /^Timed-out acquiring lock|^Failed to acquire lock for key|^Cart \S+ already has a payment collection$/.test(
      message,
    )
  ) {
    return cartBusy()
  }
  return null
}

/**
 * The API's error handler: our refusals answer `{ type, code, field?, message, params? }` with the
 * status Medusa gives their type; a Zod error thrown anywhere (additional data) the same way;
 * everything else as Medusa answers it.
 */
export function ocopErrorHandler() {
  const core = errorHandler()
  return (err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const race = raceConflict(err)
    if (race) return void res.status(409).json(race)
    // the search engine is down or restarting (the provider says so): 503, worth a retry shortly
    if ((err as { code?: unknown })?.code === "search_unavailable") return answerUnavailable(res, "search_unavailable")
    const issues = (err as { issues?: ZodIssue[] })?.issues
    const body = ocopBody(err) ?? (Array.isArray(issues) && issues[0] ? issueToError(issues[0]) : null)
    if (!body) {
      // a write already under way when Redis went: not our fault nor the shopper's, and it is
      // worth trying again in a moment (compensation has undone what the workflow wrote)
      const unexpected = getHttpResponseFromError(err as Error).statusCode >= 500
      if (unexpected && !redisAnswers()) return answerUnavailable(res)
      return core(err as Error, req, res, next)
    }
    const { statusCode } = getHttpResponseFromError({ type: body.type, message: body.message })
    req.scope?.resolve(ContainerRegistrationKeys.LOGGER).info(`${statusCode} ${body.code} ${body.field ?? ""}`)
    res.status(statusCode).json(body)
  }
}
