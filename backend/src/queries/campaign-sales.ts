import type { CampaignSaleLine } from "@ocop-market/ocop"
import type { Sql } from "./sql"

export type PromotionSaleLine = CampaignSaleLine & { promotion_id: string }

/**
 * Order lines that the given promotions discounted (canceled orders left out; each line once, at
 * its order's current version, per promotion), optionally only those of some products. One query
 * for any number of campaigns: the lines, adjustments and orders live in the Order module's tables.
 */
export async function promotionSaleLines(
  sql: Sql,
  promotionIds: string[],
  productIds?: string[],
): Promise<PromotionSaleLine[]> {
  if (!promotionIds.length || (productIds && !productIds.length)) return []
  const { rows } = await sql.raw(
    `select adj.promotion_id, o.id as order_id, o.email, o.created_at, li.product_id, li.unit_price, oi.quantity,
            sum(adj.amount) as discount
       from order_line_item_adjustment adj
       join order_line_item li on li.id = adj.item_id and li.deleted_at is null
       join order_item oi on oi.item_id = li.id and oi.deleted_at is null
       join "order" o on o.id = oi.order_id and o.version = oi.version and o.deleted_at is null
      where adj.promotion_id = any(?) and adj.deleted_at is null and o.status <> 'canceled'
        ${productIds ? "and li.product_id = any(?)" : ""}
      group by adj.promotion_id, o.id, o.email, o.created_at, li.id, li.product_id, li.unit_price, oi.quantity`,
    productIds ? [promotionIds, productIds] : [promotionIds],
  )
  return rows.map((r: any) => ({
    promotion_id: r.promotion_id,
    order_id: r.order_id,
    email: r.email,
    created_at: new Date(r.created_at).toISOString(),
    product_id: r.product_id,
    quantity: Number(r.quantity),
    unit_price: Number(r.unit_price),
    discount: Number(r.discount),
  }))
}
