/**
 * The events that change what a shopper sees of a product (its document in the search index, its
 * pages on the storefront), and which products each touches. Shared by the search index
 * (search/_product-definition.ts) and the storefront's cache (storefront-cache/).
 */
import { OCOP_PRODUCT_CHANGED } from "../modules/ocop/events"

export const PRODUCT_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  // price and option changes arrive as variant updates
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  // stock: levels set by the admin or a producer, reservations made by orders
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
  "order.placed",
  // certification, producer or campaign of these products
  OCOP_PRODUCT_CHANGED,
  // a product's, a pack's or a producer's text in another language (Medusa's Translation Module)
  "translation.created",
  "translation.updated",
  "translation.deleted",
]

type Row = Record<string, any>
/** The part of Medusa's Query these lookups use. */
export type GraphQuery = { graph: (config: any) => Promise<{ data: Row[] }> }

const ids = (v: unknown): string[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]

async function productsOfInventoryItems(query: GraphQuery, itemIds: string[]): Promise<string[]> {
  if (!itemIds.length) return []
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "variants.product_id"],
    filters: { id: itemIds },
  })
  return data.flatMap((i: Row) => (i.variants ?? []).map((v: Row) => v?.product_id)).filter(Boolean)
}

/** What a translation event's translations are of: `{ reference, reference_id }` rows (deleted ones too). */
export type TranslatedRef = { reference: string; reference_id: string }

export async function translatedRefs(event: { name: string; data: any }, query: GraphQuery): Promise<TranslatedRef[]> {
  if (!event.name.startsWith("translation.")) return []
  const { data: rows } = await query.graph({
    entity: "translation",
    fields: ["reference", "reference_id"],
    filters: { id: ids(event.data?.id) },
    withDeleted: true,
  })
  return rows as TranslatedRef[]
}

/** The products whose own text or whose packs' names those translations are. */
export async function productsOfTranslated(refs: TranslatedRef[], query: GraphQuery): Promise<string[]> {
  const products = refs.filter((r) => r.reference === "product").map((r) => r.reference_id)
  const variants = refs.filter((r) => r.reference === "product_variant").map((r) => r.reference_id)
  if (!variants.length) return products
  const { data: packs } = await query.graph({
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: variants },
    withDeleted: true,
  })
  return [...products, ...packs.map((v: Row) => v.product_id)]
}

/** Which products an event touches (deleted rows included, so a removal is seen too). */
export async function productIdsOf(event: { name: string; data: any }, query: GraphQuery): Promise<string[]> {
  const { name, data } = event
  if (name.startsWith("product.")) return ids(data?.id)
  if (name === OCOP_PRODUCT_CHANGED) return ids(data?.ids)
  if (name.startsWith("product-variant.")) {
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["product_id"],
      filters: { id: ids(data?.id) },
      withDeleted: true,
    })
    return variants.map((v: Row) => v.product_id)
  }
  // a stock level or a reservation changed: the products of its inventory item
  const stockEntity = name.startsWith("inventory-level.")
    ? "inventory_level"
    : name.startsWith("reservation-item.")
      ? "reservation_item"
      : null
  if (stockEntity) {
    const { data: rows } = await query.graph({
      entity: stockEntity,
      fields: ["inventory_item_id"],
      filters: { id: ids(data?.id) },
      withDeleted: true,
    })
    return productsOfInventoryItems(
      query,
      rows.map((r: Row) => r.inventory_item_id),
    )
  }
  if (name.startsWith("translation.")) return productsOfTranslated(await translatedRefs(event, query), query)
  if (name === "order.placed") {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["items.product_id"],
      filters: { id: ids(data?.id) },
    })
    return orders.flatMap((o: Row) => (o.items ?? []).map((i: Row) => i?.product_id)).filter(Boolean)
  }
  return []
}
