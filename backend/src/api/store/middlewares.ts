import {
  authenticate,
  configureStoreSearch,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { POSTGRES_PRODUCT_INDEX, postgresProductIndexEnabled } from "../../search/_product-definition"
import { CONFIRM_LIMITS, SIGN_UP_LIMITS } from "../auth/middlewares"
import { answerNoSooner } from "../utils/answer-time"
import { actorOf, networkKey, throttle, type Limit } from "../utils/throttle"
import { checkRequest, ListQuery, validateBody, validateQuery } from "../utils/validation"
import { admitCheckout } from "./checkout-admission"
import { giveOrderToken, guardClaim, guardOrder, ORDER_LOOKUP_LIMITS } from "./order-access"
import { paymentCollectionExists } from "./payment-collection-exists"
import {
  AddLineQuantity,
  AddressUnits,
  ChangeLineQuantity,
  ConfirmSignUp,
  OrderLookup,
  PasswordChange,
  ProfileUpdate,
  PromoCode,
  SearchLimits,
  SignUp,
  StorePage,
} from "./validators"

/**
 * Linked OCOP fields the store may ask for on /store/products (fields=+ocop_certification.*,+producer.*).
 * Medusa 2.21.2 runs a project's middlewares after the core ones of the same route, so
 * `allowFields` comes too late for /store/products (its field list is already filtered): this puts
 * the requested OCOP fields, and only those, back into the query the route will run.
 */
const OCOP_FIELD = /^[+*]?((?:ocop_certification|producer)(?:\.[a-z_]+|\.\*)?)$/
function storeProductOcopFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const requested = String(req.query.fields ?? "")
    .split(",")
    .map((f) => f.trim())
  const extra = requested
    .map((f) => OCOP_FIELD.exec(f)?.[1])
    .filter((f): f is string => !!f)
    .map((f) => (f.includes(".") ? f : `${f}.*`))
  if (extra.length && req.queryConfig) {
    req.queryConfig.fields = [...new Set([...(req.queryConfig.fields ?? []), ...extra])]
  }
  next()
}

/** Adding a line (`…/line-items`) takes 1–99 units; changing one (`…/line-items/:line_id`) 0–99. */
function checkLineQuantity(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const schema = /\/line-items\/?$/.test(req.path) ? AddLineQuantity : ChangeLineQuantity
  return checkRequest("body", schema)(req, res, next)
}

/**
 * Softer limits per network address, for one client hammering the shop: 120 searches a minute
 * (a shopper typing makes a few), 10 checkouts a minute. The storefront's cached reads for everyone
 * are not counted (utils/throttle.ts networkKey).
 */
export const SEARCH_LIMIT: Limit = { name: "search-ip", points: 120, seconds: 60, key: networkKey }
/**
 * A sign-up is answered this long after it came in, whatever it found: a new address costs a
 * password hash and two writes, a known one a read (measured: see the README's security section).
 */
export const SIGN_UP_ANSWER_MS = 600

/** Codes typed at one address: 30 in 10 minutes (a shopper tries a few; a script guessing codes, more). */
export const PROMO_CODE_LIMIT: Limit = { name: "promo-code-ip", points: 30, seconds: 600, key: networkKey }

/** Claims of guest orders: each mails a link, so 10 an hour per account. */
export const ORDER_CLAIM_LIMIT: Limit = { name: "order-claim", points: 10, seconds: 60 * 60, key: actorOf }

/** Wrong current passwords for one account: 10 in 15 minutes, as for a login. */
export const PASSWORD_CHANGE_LIMIT: Limit = {
  name: "password-change",
  points: 10,
  seconds: 15 * 60,
  key: actorOf,
  clearOnSuccess: true,
}

export const CHECKOUT_LIMIT: Limit = { name: "checkout-ip", points: 10, seconds: 60, key: networkKey }

/** The public store API: limits on Medusa's own routes, search, products with their OCOP fields, OCOP producers. */
export const storeMiddlewares: MiddlewareRoute[] = [
  // before every store route (a wildcard at the root sorts first): no page past the limits
  { method: ["GET"], matcher: "/store*", middlewares: [checkRequest("query", StorePage)] },
  // a wildcard, so that it runs before Medusa's own validator of these routes (whose refusals carry no code)
  { method: ["POST"], matcher: "/store/carts/:id/line-items*", middlewares: [checkLineQuantity] },
  // shoppers racing for the last units: the losers answered before Medusa's order workflow
  {
    method: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [throttle(CHECKOUT_LIMIT), giveOrderToken, admitCheckout],
  },
  // private orders: their customer, or the browser (or person) holding the order's token
  {
    method: ["GET"],
    matcher: "/store/orders/:id",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), guardOrder],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/account/password",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      throttle(PASSWORD_CHANGE_LIMIT),
      validateBody(PasswordChange),
    ],
  },
  // the address book (Medusa's own routes): a commune of its province
  {
    method: ["POST"],
    matcher: "/store/customers/me/addresses*",
    middlewares: [checkRequest("body", AddressUnits)],
  },
  // Medusa's own profile route, with the Vietnamese phone rule (its own takes any text)
  { method: ["POST"], matcher: "/store/customers/me", middlewares: [checkRequest("body", ProfileUpdate)] },
  {
    method: ["POST"],
    matcher: "/store/ocop/carts/:id/promo-code",
    middlewares: [throttle(PROMO_CODE_LIMIT), validateBody(PromoCode)],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/orders/:id/shipments",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), guardOrder],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/orders/:id/transfer",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), guardOrder],
  },
  // guest orders with the account's e-mail, claimed through Medusa's order transfer
  {
    method: ["GET"],
    matcher: "/store/ocop/account/guest-orders",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/orders/:id/claim",
    middlewares: [authenticate("customer", ["session", "bearer"]), throttle(ORDER_CLAIM_LIMIT)],
  },
  // Medusa's own request route takes any order id and answers with the order: only one's own guest orders
  { method: ["POST"], matcher: "/store/orders/:id/transfer/request", middlewares: [guardClaim] },
  {
    method: ["POST"],
    matcher: "/store/ocop/orders/lookup",
    middlewares: [throttle(...ORDER_LOOKUP_LIMITS), validateBody(OrderLookup)],
  },
  // sign-ups: the same answer, in the same time, for an address with an account and one without
  {
    method: ["POST"],
    matcher: "/store/ocop/accounts",
    middlewares: [throttle(...SIGN_UP_LIMITS), answerNoSooner(SIGN_UP_ANSWER_MS), validateBody(SignUp)],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/accounts/confirm",
    middlewares: [throttle(...CONFIRM_LIMITS), validateBody(ConfirmSignUp)],
  },
  {
    method: ["POST"],
    matcher: "/store/payment-collections/:id/payment-sessions",
    middlewares: [paymentCollectionExists],
  },
  // POST /store/search: the product index only; Medusa adds published + sales channel filters.
  {
    matcher: "/store/search",
    middlewares: [
      throttle(SEARCH_LIMIT),
      checkRequest("body", SearchLimits),
      configureStoreSearch({
        allowed_indexes: {
          product: true,
          ...(postgresProductIndexEnabled() ? { [POSTGRES_PRODUCT_INDEX]: true } : {}),
        },
      }),
    ],
  },
  { method: ["GET"], matcher: "/store/products", middlewares: [storeProductOcopFields] },
  { method: ["GET"], matcher: "/store/products/:id", middlewares: [storeProductOcopFields] },
  { method: ["GET"], matcher: "/store/ocop/producers", middlewares: [validateQuery(ListQuery)] },
]
