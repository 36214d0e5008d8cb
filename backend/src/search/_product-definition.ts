/**
 * The product search index's definition, shared by the Meilisearch index (product.ts) and the
 * optional Postgres one (product-postgres.ts). Files starting with "_" are not loaded as indexes.
 */
import { graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCT_EVENTS, productIdsOf } from "../events/product-events"
import { ENGLISH_LOCALE, type ProductSearchDocument } from "@ocop-market/ocop"

export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 5 }),
  handle: search.keyword(),
  description: search.text().searchable({ weight: 1 }),
  // the English shop's name and description (Medusa's Translation Module), searched in both shops
  title_en: search.text().searchable({ weight: 5 }),
  description_en: search.text().searchable({ weight: 1 }),
  thumbnail: search.keyword(),
  tags: search.text().array().searchable({ weight: 2 }),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  producer_name: search.text().searchable({ weight: 3 }),
  producer_handle: search.keyword().filterable(),
  legal_type: search.keyword().filterable().facetable(),
  star: search
    .integer()
    .filterable()
    .facetable({ types: ["value", "stats"] })
    .sortable(),
  // proposed by the province for the national 5★ review (the home page's featured products)
  proposed_star: search.integer().filterable(),
  // the certification decision's day: the home page's newest certified products
  certified_on: search.date().filterable().sortable(),
  group: search.keyword().filterable().facetable(),
  certification_status: search.keyword().filterable().facetable(),
  origin_district: search.keyword().filterable().facetable(),
  origin_commune: search.keyword().filterable().facetable(),
  current_commune: search.keyword().filterable().facetable(),
  price_vnd: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["range", "stats"] }),
  in_stock: search.boolean().filterable().facetable(),
  // campaigns covering the product that had not ended when it was indexed (the shop offers only running ones)
  campaign_handles: search.keyword().array().filterable().facetable(),
  created_at: search.date().filterable().sortable(),
})

const GRAPH_FIELDS = [
  "id",
  "title",
  "handle",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "tags.value",
  "translations.locale_code",
  "translations.translations",
  "sales_channels.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "ocop_certification.star",
  "ocop_certification.group",
  "ocop_certification.proposed_star",
  "ocop_certification.decision_date",
  "ocop_certification.status",
  "ocop_certification.origin_district_name",
  "ocop_certification.origin_commune_name",
  "ocop_certification.current_commune_name",
  "producer.name",
  "producer.handle",
  "producer.legal_type",
  "campaign_pages.handle",
  "campaign_pages.campaign.ends_at",
]

type Row = Record<string, any>

/** One product row → its search document. */
export function toProductDocument(p: Row): ProductSearchDocument {
  const variants: Row[] = p.variants ?? []
  const vnd = variants.flatMap((v) =>
    (v.prices ?? []).filter((x: Row) => x.currency_code === "vnd").map((x: Row) => Number(x.amount)),
  )
  const inStock = variants.some((v) => {
    if (!v.manage_inventory || v.allow_backorder) return true
    return (v.inventory_items ?? []).some((ii: Row) =>
      (ii.inventory?.location_levels ?? []).some(
        (l: Row) => Number(l.stocked_quantity) - Number(l.reserved_quantity) > 0,
      ),
    )
  })
  const c = p.ocop_certification
  const en = ((p.translations ?? []) as Row[]).find((t) => t?.locale_code === ENGLISH_LOCALE)?.translations ?? {}
  return {
    id: p.id,
    title: p.title,
    handle: p.handle,
    description: p.description ?? null,
    title_en: typeof en.title === "string" ? en.title : null,
    description_en: typeof en.description === "string" ? en.description : null,
    thumbnail: p.thumbnail ?? null,
    tags: (p.tags ?? []).map((t: Row) => t.value),
    status: p.status,
    sales_channel_ids: (p.sales_channels ?? []).map((s: Row) => s.id),
    producer_name: p.producer?.name ?? null,
    producer_handle: p.producer?.handle ?? null,
    legal_type: p.producer?.legal_type ?? null,
    star: c?.star ?? null,
    proposed_star: c?.proposed_star ?? null,
    certified_on: c?.decision_date && !Number.isNaN(Date.parse(c.decision_date)) ? c.decision_date : null,
    group: c?.group ?? null,
    certification_status: c?.status ?? null,
    origin_district: c?.origin_district_name ?? null,
    origin_commune: c?.origin_commune_name ?? null,
    current_commune: c?.current_commune_name ?? null,
    price_vnd: vnd.length ? Math.min(...vnd) : null,
    in_stock: inStock,
    campaign_handles: (p.campaign_pages ?? [])
      .filter((c: Row) => c?.handle && (!c.campaign?.ends_at || Date.parse(c.campaign.ends_at) > Date.now()))
      .map((c: Row) => c.handle),
    created_at: p.created_at,
  }
}

/** The definition for an index `name` served by `provider` (a provider class's identifier). */
export const productIndex = (name: string, provider: string) => ({
  name,
  entity: "product",
  provider,
  fields: productSearchFields,
  events: PRODUCT_EVENTS,
  seed: graphSeed({ fields: GRAPH_FIELDS, batch_size: 1000, transform: (rows) => rows.map(toProductDocument) }),
  consume: graphConsume({
    fields: GRAPH_FIELDS,
    transform: (rows) => rows.map(toProductDocument),
    resolve_ids: (event, ctx) => productIdsOf(event as { name: string; data: any }, ctx.container.query),
    // Only a deleted product leaves the index directly; a deleted variant or level updates it.
    is_delete: (event) => event.name === "product.deleted",
  }),
})

/** The Postgres twin, for the behaviour suite and as a fallback; off unless SEARCH_POSTGRES_INDEX=true. */
export const POSTGRES_PRODUCT_INDEX = "product_pg"
export const postgresProductIndexEnabled = () => process.env.SEARCH_POSTGRES_INDEX === "true"
