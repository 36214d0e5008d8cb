import crypto from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop-market/ocop"
import { ORDER_TOKEN_HEADER, sameSecret } from "@ocop-market/ocop/revalidation"
import { guestOrdersOf } from "../../queries/guest-orders"
import { orderOwner } from "../../queries/order-access"
import { sqlOf } from "../../queries/sql"
import { refuse } from "../../errors"
import { networkKey, type Limit } from "../utils/throttle"

/**
 * Orders are private (Decree 13/2023/NĐ-CP on personal data). Medusa answers GET /store/orders/:id
 * to anyone holding the publishable key and the id — a confirmation link passed on shows the buyer's
 * name, phone and address. Here an order is shown to the customer who owns it, or to whoever holds
 * its access token: given to the browser that placed it (the completed cart's answer carries it) or
 * to someone who proves the order number with the e-mail or phone it was placed with
 * (POST /store/ocop/orders/lookup). Anyone else is told "not found", as for an id that does not exist.
 */

/** The access token of one order: an HMAC of its id, so no table is needed and none can be guessed. */
export function orderToken(req: MedusaRequest, orderId: string): string {
  const { jwtSecret } = req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
  return crypto.createHmac("sha256", String(jwtSecret)).update(`ocop-order-access.${orderId}`).digest("base64url")
}

function holdsToken(req: MedusaRequest, orderId: string): boolean {
  const given = req.get(ORDER_TOKEN_HEADER)
  return !!given && sameSecret(given, orderToken(req, orderId))
}

/** GET /store/orders/:id: its customer or the holder of its token; for anyone else it does not exist. */
export async function guardOrder(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const id = req.params.id!
  if (holdsToken(req, id)) return next()
  const actor = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  const owner = actor ? await orderOwner(sqlOf(req.scope), id) : null
  if (owner?.customer_id && owner.customer_id === actor) return next()
  next(refuse(MedusaError.Types.NOT_FOUND, "not_found", { message: `order ${ERROR_CODES.not_found}` }))
}

/** Medusa's POST /store/orders/:id/transfer/request: only a guest order placed with the customer's own e-mail. */
export async function guardClaim(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const actor = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  const [claimable] = actor ? await guestOrdersOf(sqlOf(req.scope), actor, req.params.id!) : []
  if (claimable) return next()
  next(refuse(MedusaError.Types.NOT_FOUND, "not_found", { message: `order ${ERROR_CODES.not_found}` }))
}

/** POST /store/carts/:id/complete: the order in the answer comes with its token, for the browser that placed it. */
export function giveOrderToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const answer = body as { type?: string; order?: { id?: string } } | undefined
    if (res.statusCode === 200 && answer?.type === "order" && answer.order?.id) {
      return json({ ...answer, order_token: orderToken(req, answer.order.id) })
    }
    return json(body)
  }
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
