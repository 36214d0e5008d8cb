import type { ProducerOrder } from "@ocop-market/ocop"
import { LIVE_ORDER_ITEM, ORDER_LINES, type Sql } from "./sql"

/**
 * Orders that hold any of `productIds`, newest first: only those lines, and the delivery address
 * the producer needs to ship; the shopper's other purchases stay out.
 */
export async function ordersWithProducts(sql: Sql, productIds: string[], limit = 500): Promise<ProducerOrder[]> {
  if (!productIds.length) return []
  const { rows } = await sql.raw(
    `select o.id as order_id, o.display_id, o.created_at, o.status,
            li.id as line_id, li.product_id, li.product_title, li.variant_title,
            oi.quantity::numeric as quantity, li.unit_price::numeric as unit_price,
            oi.fulfilled_quantity::numeric as fulfilled_quantity,
            a.first_name, a.phone, a.address_1, a.city, a.province
       from ${ORDER_LINES}
       left join order_address a on a.id = o.shipping_address_id
      where ${LIVE_ORDER_ITEM} and li.product_id = any(?)
      order by o.created_at desc, li.id limit ?`,
    [productIds, limit],
  )
  const orders = new Map<string, ProducerOrder>()
  for (const r of rows) {
    const o: ProducerOrder = orders.get(r.order_id) ?? {
      id: r.order_id,
      display_id: Number(r.display_id),
      created_at: r.created_at,
      status: r.status,
      shipping_address: {
        name: r.first_name,
        phone: r.phone,
        address_1: r.address_1,
        city: r.city,
        province: r.province,
      },
      lines: [],
    }
    o.lines.push({
      id: r.line_id,
      product_id: r.product_id,
      title: r.product_title,
      variant: r.variant_title,
      quantity: Number(r.quantity),
      unit_price: Number(r.unit_price),
      shipped: Number(r.fulfilled_quantity) >= Number(r.quantity),
    })
    orders.set(r.order_id, o)
  }
  return [...orders.values()]
}
