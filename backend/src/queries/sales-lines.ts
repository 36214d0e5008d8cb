import type { SaleLine } from "@ocop-market/ocop"
import { LIVE_ORDER_ITEM, ORDER_LINES, type Sql } from "./sql"

/**
 * Every line of every order not canceled, less its discounts: what sales by group add up.
 * (Reads all order lines: fine for a regional shop; a materialised view when orders grow large.)
 */
export async function saleLines(sql: Sql): Promise<SaleLine[]> {
  const { rows } = await sql.raw(
    `select o.id as order_id, li.product_id, oi.quantity::numeric as quantity, li.unit_price::numeric as unit_price,
            coalesce((select sum(a.amount) from order_line_item_adjustment a
                       where a.item_id = li.id and a.deleted_at is null), 0)::numeric as discount
       from ${ORDER_LINES}
      where ${LIVE_ORDER_ITEM} and o.status <> 'canceled'`,
  )
  return rows.map((l: any) => ({
    order_id: l.order_id,
    product_id: l.product_id,
    quantity: Number(l.quantity),
    unit_price: Number(l.unit_price),
    discount: Number(l.discount),
  }))
}
