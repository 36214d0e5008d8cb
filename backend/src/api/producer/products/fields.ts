/** A producer's view of its products: editable data, and the certification (read only). */
export const PRODUCER_PRODUCT_FIELDS = [
  "id", "title", "handle", "status", "description", "thumbnail", "metadata", "images.id", "images.url", "images.rank",
  "variants.id", "variants.title", "variants.manage_inventory",
  "variants.prices.amount", "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "ocop_certification.star", "ocop_certification.status", "ocop_certification.decision_number",
  "ocop_certification.decision_date", "ocop_certification.valid_until", "ocop_certification.group",
]
