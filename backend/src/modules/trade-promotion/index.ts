import { Module } from "@medusajs/framework/utils"
import TradePromotionModuleService from "./service"

export const TRADE_PROMOTION_MODULE = "tradePromotion"

export default Module(TRADE_PROMOTION_MODULE, { service: TradePromotionModuleService })

export type { default as TradePromotionModuleService } from "./service"
