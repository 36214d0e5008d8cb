import { model } from "@medusajs/framework/utils"

/**
 * What an OCOP trade-promotion campaign needs beyond Medusa's campaign (period, budget) and its
 * promotions (the discounts): the public page — titles and story in both languages, kind, banner,
 * a fair's place — and what it features. `target_product_ids` are the products its discount
 * covers, resolved from the products, groups and producers the province chose.
 */
export const CampaignPage = model.define("campaign_page", {
  id: model.id({ prefix: "cpage" }).primaryKey(),
  handle: model.text().unique(),
  title_vi: model.text(),
  title_en: model.text(),
  story_vi: model.text().nullable(),
  story_en: model.text().nullable(),
  kind: model.enum(["online_week", "fair", "livestream", "seasonal"]),
  banner: model.text().nullable(),
  place: model.text().nullable(),
  discount_type: model.enum(["percentage", "fixed"]),
  discount_value: model.number(),
  target: model.json(),
  target_product_ids: model.json(),
  featured_product_ids: model.json(),
  featured_producer_ids: model.json(),
})
