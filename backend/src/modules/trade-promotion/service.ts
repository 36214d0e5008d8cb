import { MedusaService } from "@medusajs/framework/utils"
import { CampaignPage } from "./models/campaign-page"

class TradePromotionModuleService extends MedusaService({ CampaignPage }) {}

export default TradePromotionModuleService
