import type { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { bodyField, throttle, type Limit } from "../utils/throttle"

/**
 * Medusa's own e-mail/password routes (shoppers, the province's staff, producers' staff), guarded
 * per account: a password guessed for one address, or resets mailed to it, stop after a few tries
 * whoever sends them. Per-IP limits wait for the storefront to pass on the shopper's address (its
 * server makes these calls, so every shopper would share its IP here).
 */
/** One account: the actor type in the path and the address in the body field. */
const perAccount = (field: string) => (req: MedusaRequest) => {
  const address = bodyField(field)(req)
  return address && `${(req.params as { actor_type?: string }).actor_type ?? "?"}:${address}`
}

/** 10 wrong passwords in a row for one address, then 15 minutes off; a right one clears the count. */
export const LOGIN_LIMIT: Limit = {
  name: "login",
  points: 10,
  seconds: 15 * 60,
  key: perAccount("email"),
  clearOnSuccess: true,
}

/** 5 password-reset mails an hour for one address. */
export const RESET_LIMIT: Limit = {
  name: "reset",
  points: 5,
  seconds: 60 * 60,
  key: perAccount("identifier"),
}

export const authMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [throttle(LOGIN_LIMIT)] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/reset-password", middlewares: [throttle(RESET_LIMIT)] },
]
