import crypto from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, maskOrderContacts, type LookupProof } from "@ocop-market/ocop"
import { ORDER_TOKEN_HEADER, sameSecret } from "@ocop-market/ocop/revalidation"
import { guestOrdersOf } from "../../queries/guest-orders"
import { orderOwner } from "../../queries/order-access"
import { sqlOf } from "../../queries/sql"
import { refuse } from "../../errors"
import { actorOf, networkKey, type Limit } from "../utils/throttle"

/**
 * Orders are private (Decree 13/2023/NĐ-CP on personal data). Medusa answers GET /store/orders/:id
 * to anyone holding the publishable key and the id — a confirmation link passed on shows the buyer's
 * name, phone and address. Here an order is shown to the customer who owns it, or to whoever holds
 * its access token: given to the browser that placed it (the completed cart's answer carries it) or
 * to someone who proves the order number with the e-mail or phone it was placed with
 * (POST /store/ocop/orders/lookup), who sees that contact and of the others only enough to recognise
 * the order. Anyone else is told "not found", as for an id that does not exist.
 */

const hmac = (req: MedusaRequest, text: string) => {
  const { jwtSecret } = req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
  return crypto.createHmac("sha256", String(jwtSecret)).update(text).digest("base64url")
}

/** The access token of one order: an HMAC of its id, so no table is needed and none can be guessed. */
export function orderToken(req: MedusaRequest, orderId: string): string {
  return hmac(req, `ocop-order-access.${orderId}`)
}

const PROOF_MARK: Record<LookupProof, string> = { email: "e", phone: "p" }

/**
 * The token a lookup gives: it opens the order with the contact it proved, the rest masked. The
 * proof's letter first, then an HMAC of it and the id (a letter changed breaks the HMAC).
 */
export function lookupToken(req: MedusaRequest, orderId: string, proof: LookupProof): string {
  return PROOF_MARK[proof] + hmac(req, `ocop-order-lookup.${proof}.${orderId}`)
}

/** What the request's token opens of this order: all of it (the browser that placed it), a lookup's view, or nothing. */
function tokenAccess(req: MedusaRequest, orderId: string): "all" | LookupProof | null {
  const given = req.get(ORDER_TOKEN_HEADER)
  if (!given) return null
  if (sameSecret(given, orderToken(req, orderId))) return "all"
  const proof = (Object.keys(PROOF_MARK) as LookupProof[]).find((p) => given.startsWith(PROOF_MARK[p]))
  return proof && sameSecret(given, lookupToken(req, orderId, proof)) ? proof : null
}

/** The route's answer rewritten on its way out (Medusa's own routes write it). */
function rewriteAnswer(res: MedusaResponse, rewrite: (body: unknown) => unknown) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => json(rewrite(body))
}

/** The order in this answer with only the contact the lookup proved (packages/ocop privacy.ts). */
function maskAnswer(res: MedusaResponse, proof: LookupProof) {
  rewriteAnswer(res, (body) => {
    const answer = body as { order?: Parameters<typeof maskOrderContacts>[0] } | undefined
    return answer?.order ? { ...answer, order: maskOrderContacts(answer.order, proof) } : body
  })
}

/**
 * GET /store/orders/:id (and what is read beside it): its customer, or the holder of its token —
 * with a lookup's token, the order's contacts masked but the one proved; for anyone else it does not exist.
 */
export async function guardOrder(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const id = req.params.id!
  const access = tokenAccess(req, id)
  if (access === "all") return next()
  const actor = actorOf(req)
  const owner = actor ? await orderOwner(sqlOf(req.scope), id) : null
  if (owner?.customer_id && owner.customer_id === actor) return next()
  if (access) {
    maskAnswer(res, access)
    return next()
  }
  next(refuse(MedusaError.Types.NOT_FOUND, "not_found", { message: `order ${ERROR_CODES.not_found}` }))
}

/** Medusa's POST /store/orders/:id/transfer/request: only a guest order placed with the customer's own e-mail. */
export async function guardClaim(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const actor = actorOf(req)
  const [claimable] = actor ? await guestOrdersOf(sqlOf(req.scope), actor, req.params.id!) : []
  if (claimable) return next()
  next(refuse(MedusaError.Types.NOT_FOUND, "not_found", { message: `order ${ERROR_CODES.not_found}` }))
}

/** POST /store/carts/:id/complete: the order in the answer comes with its token, for the browser that placed it. */
export function giveOrderToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  rewriteAnswer(res, (body) => {
    const answer = body as { type?: string; order?: { id?: string } } | undefined
    return res.statusCode === 200 && answer?.type === "order" && answer.order?.id
      ? { ...answer, order_token: orderToken(req, answer.order.id) }
      : body
  })
  next()
}

/** Guesses at order numbers: 5 lookups of one number per 15 minutes, 20 from one address. */
export const ORDER_LOOKUP_LIMITS: Limit[] = [
  {
    name: "order-lookup-number",
    points: 5,
    seconds: 15 * 60,
    key: (req) => {
      const n = String((req.body as { order_number?: unknown } | undefined)?.order_number ?? "").replace(/\D/g, "")
      return n ? `n:${n}` : undefined
    },
  },
  { name: "order-lookup-ip", points: 20, seconds: 15 * 60, key: networkKey },
]
