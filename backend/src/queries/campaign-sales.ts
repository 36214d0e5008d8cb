import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CampaignSaleLine } from "@ocop-market/ocop"

/**
 * Order lines that a campaign's promotions discounted (canceled orders left out; each line once,
 * at its order's current version), optionally only those of some products. One SQL query: the
 * lines, their adjustments and orders live in the Order module's tables.
 */
export async function campaignSaleLines(
  container: MedusaContainer,
  promotionIds: string[],
  productIds?: string[],
): Promise<CampaignSaleLine[]> {
  if (!promotionIds.length || (productIds && !productIds.length)) return []
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select o.id as order_id, o.email, o.created_at, li.product_id, li.unit_price, oi.quantity, sum(adj.amount) as discount
       from order_line_item_adjustment adj
       join order_line_item li on li.id = adj.item_id and li.deleted_at is null
       join order_item oi on oi.item_id = li.id and oi.deleted_at is null
       join "order" o on o.id = oi.order_id and o.version = oi.version and o.deleted_at is null
      where adj.promotion_id = any(?) and adj.deleted_at is null and o.status <> 'canceled'
        ${productIds ? "and li.product_id = any(?)" : ""}
      group by o.id, o.email, o.created_at, li.id, li.product_id, li.unit_price, oi.quantity`,
    productIds ? [promotionIds, productIds] : [promotionIds],
  )
  return rows.map((r: any) => ({
    order_id: r.order_id,
    email: r.email,
    created_at: new Date(r.created_at).toISOString(),
    product_id: r.product_id,
    quantity: Number(r.quantity),
    unit_price: Number(r.unit_price),
    discount: Number(r.discount),
  }))
}
