import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyPromoCodeWorkflow } from "../../../../../../workflows/cart/apply-promo-code"
import type { PromoCodeType } from "../../../../validators"

/** A discount code typed by the shopper: applied to the cart, or refused with why (the field is `code`). */
export async function POST(req: MedusaRequest<PromoCodeType>, res: MedusaResponse) {
  const { result } = await applyPromoCodeWorkflow(req.scope).run({
    input: { cart_id: req.params.id!, code: req.validatedBody.code },
  })
  res.json({ code: result.code })
}
