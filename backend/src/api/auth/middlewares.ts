import type { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { answerNoSooner } from "../utils/answer-time"
import { bodyField, networkKey, throttle, type Limit } from "../utils/throttle"
import { refuseUnconfirmed, registerDoor } from "./accounts-door"

/**
 * Medusa's own e-mail/password routes (shoppers, the province's staff, producers' staff), guarded
 * per account: a password guessed for one address, or resets mailed to it, stop after a few tries
 * whoever sends them; and per network address (the shopper's, which the storefront passes on
 * signed: utils/throttle.ts networkKey), so one machine cannot walk through many accounts.
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

/** Per address (the shopper's, passed on by the storefront): 50 wrong passwords in 15 minutes, whatever the accounts. */
export const LOGIN_IP_LIMIT: Limit = { name: "login-ip", points: 50, seconds: 15 * 60, key: networkKey }

/** Sign-ups (api/store/ocop/accounts): 5 an hour for one address (e-mail), 20 an hour from one network address. */
export const SIGN_UP_LIMITS: Limit[] = [
  { name: "register", points: 5, seconds: 60 * 60, key: (req) => bodyField("email")(req) },
  { name: "register-ip", points: 20, seconds: 60 * 60, key: networkKey },
]

/** Confirming a sign-up asks for its password: 10 wrong ones for an address, as for a login. */
export const CONFIRM_LIMITS: Limit[] = [
  { ...LOGIN_LIMIT, name: "confirm", key: (req) => bodyField("email")(req) },
  { ...LOGIN_IP_LIMIT, name: "confirm-ip" },
]

/** Reset mails: also 20 an hour from one network address. */
export const RESET_IP_LIMIT: Limit = { name: "reset-ip", points: 20, seconds: 60 * 60, key: networkKey }

/**
 * A refused login takes as long for an address that has no account as for one that has (Medusa
 * checks a password hash only for the latter: 112 ms against 7 ms here, which told which addresses
 * have accounts). Every refusal is answered no sooner than this after the request came in.
 */
export const REFUSAL_FLOOR_MS = 250

export const authMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass",
    middlewares: [
      throttle(LOGIN_LIMIT, LOGIN_IP_LIMIT),
      answerNoSooner(REFUSAL_FLOOR_MS, (status) => status === 401),
      refuseUnconfirmed,
    ],
  },
  // Medusa's open registration told which addresses have an identity: only invitees use it now
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/register", middlewares: [registerDoor] },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/reset-password",
    middlewares: [throttle(RESET_LIMIT, RESET_IP_LIMIT)],
  },
]
