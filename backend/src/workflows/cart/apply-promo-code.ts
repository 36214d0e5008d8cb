/**
 * A shopper types a discount code (from a fair, a livestream, a leaflet). Medusa's own cart
 * promotions apply it; before that, the code is checked as the shopper would want it said: no such
 * code, its campaign not started or ended, used up, or for other products than the cart's — each
 * with its code, nothing changed. Which discount applies: a product is in one campaign at a time
 * (campaign_overlap), so a code only ever adds its campaign's discount on its own products, beside
 * the automatic discounts other campaigns give other products.
 */
import type { ICartModuleService, IPromotionModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules, PromotionActions } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { refuse } from "../../errors"

const checkPromoCodeStep = createStep(
  "check-promo-code",
  async (input: { cart_id: string; code: string }, { container }) => {
    const promotions: IPromotionModuleService = container.resolve(Modules.PROMOTION)
    const carts: ICartModuleService = container.resolve(Modules.CART)
    const code = input.code.trim().toUpperCase()
    const [promotion] = await promotions.listPromotions(
      { code },
      {
        relations: [
          "campaign",
          "campaign.budget",
          "application_method",
          "application_method.target_rules",
          "application_method.target_rules.values",
        ],
      },
    )
    // the campaigns' automatic discounts have internal codes: not something to type
    if (!promotion || promotion.is_automatic || promotion.status !== "active")
      throw refuse(MedusaError.Types.NOT_FOUND, "promo_code_unknown", { field: "code" })
    const now = Date.now()
    const campaign = promotion.campaign
    if (campaign?.starts_at && new Date(campaign.starts_at).getTime() > now)
      throw refuse(MedusaError.Types.NOT_ALLOWED, "promo_code_not_started", {
        field: "code",
        params: { starts_at: new Date(campaign.starts_at).toISOString() },
      })
    if (campaign?.ends_at && new Date(campaign.ends_at).getTime() < now)
      throw refuse(MedusaError.Types.NOT_ALLOWED, "promo_code_ended", { field: "code" })
    const budget = campaign?.budget
    const usedUp =
      (promotion.limit != null && Number(promotion.used ?? 0) >= promotion.limit) ||
      (budget?.limit != null && Number(budget.used ?? 0) >= Number(budget.limit))
    if (usedUp) throw refuse(MedusaError.Types.NOT_ALLOWED, "promo_code_used_up", { field: "code" })
    const cart = await carts.retrieveCart(input.cart_id, { relations: ["items"] })
    const covered = new Set(
      (promotion.application_method?.target_rules ?? [])
        .filter((r) => r.attribute === "items.product.id")
        .flatMap((r) => (r.values ?? []).map((v) => String(typeof v === "object" ? v.value : v))),
    )
    if (!(cart.items ?? []).some((item) => item.product_id && covered.has(item.product_id)))
      throw refuse(MedusaError.Types.NOT_ALLOWED, "promo_code_not_applicable", { field: "code" })
    return new StepResponse({ code })
  },
)

export const applyPromoCodeWorkflow = createWorkflow("apply-promo-code", (input: { cart_id: string; code: string }) => {
  const checked = checkPromoCodeStep(input)
  updateCartPromotionsWorkflow.runAsStep({
    input: transform({ input, checked }, ({ input, checked }) => ({
      cart_id: input.cart_id,
      promo_codes: [checked.code],
      action: PromotionActions.ADD,
    })),
  })
  return new WorkflowResponse(checked)
})
