import PromotionModule from "@medusajs/medusa/promotion"
import { defineLink } from "@medusajs/framework/utils"
import TradePromotionModule from "../modules/trade-promotion"

/** Medusa's campaign (period, budget, promotions) ↔ its OCOP page (one each). */
export default defineLink(PromotionModule.linkable.campaign, TradePromotionModule.linkable.campaignPage)
