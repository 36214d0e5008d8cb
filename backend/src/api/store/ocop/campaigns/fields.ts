/** What a campaign page shows, from the OCOP page and Medusa's campaign. */
export const CAMPAIGN_FIELDS = [
  "id", "handle", "title_vi", "title_en", "story_vi", "story_en", "kind", "banner", "place",
  "discount_type", "discount_value", "target_product_ids", "featured_product_ids", "featured_producer_ids",
  "campaign.id", "campaign.starts_at", "campaign.ends_at",
]
