import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { normalizeVietnamesePhone } from "@ocop-market/ocop"
import { refuse } from "../../../../../errors"
import { orderByNumberAndContact } from "../../../../../queries/order-access"
import { sqlOf } from "../../../../../queries/sql"
import { lookupToken } from "../../../order-access"
import type { OrderLookupType } from "../../../validators"

/**
 * An order found by its number and the e-mail or phone it was placed with: its id and a lookup's
 * access token. A wrong number and a wrong contact get the same answer, so a miss tells nothing.
 */
export async function POST(req: MedusaRequest<OrderLookupType>, res: MedusaResponse) {
  const { order_number, contact } = req.validatedBody
  const phone = normalizeVietnamesePhone(contact)
  const found = await orderByNumberAndContact(
    sqlOf(req.scope),
    order_number,
    contact.trim().toLowerCase(),
    phone ? phone.slice(-9) : "",
  )
  if (!found) throw refuse(MedusaError.Types.NOT_FOUND, "order_not_found")
  // the token shows the contact proved, and of the rest only enough to recognise the order
  res.json({ order_id: found.id, order_token: lookupToken(req, found.id, phone ? "phone" : "email") })
}
