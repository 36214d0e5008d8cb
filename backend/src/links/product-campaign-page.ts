import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import TradePromotionModule from "../modules/trade-promotion"

/** The products a campaign's discount covers (product.campaign_pages ↔ campaign_page.products), for the search index. */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  { linkable: TradePromotionModule.linkable.campaignPage, isList: true },
)
