import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../context"

/**
 * Orders that contain the producer's products: only its own lines, and the delivery address it
 * needs to ship; the shopper's other purchases stay hidden.
 */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["products.id"],
    filters: { id: req.producer.producer_id },
  })
  const ids: string[] = ((data[0] as any)?.products ?? []).map((p: any) => p.id)
  if (!ids.length) return res.json({ orders: [] })
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select o.id as order_id, o.display_id, o.created_at, o.status,
            li.id as line_id, li.product_id, li.product_title, li.variant_title, oi.quantity::numeric as quantity, li.unit_price::numeric as unit_price,
            oi.fulfilled_quantity::numeric as fulfilled_quantity,
            a.first_name, a.phone, a.address_1, a.city, a.province
       from order_item oi
       join order_line_item li on li.id = oi.item_id and li.deleted_at is null
       join "order" o on o.id = oi.order_id and o.version = oi.version and o.deleted_at is null
       left join order_address a on a.id = o.shipping_address_id
      where oi.deleted_at is null and li.product_id = any(?)
      order by o.created_at desc limit 500`,
    [ids],
  )
  const orders = new Map<string, any>()
  for (const r of rows) {
    const o = orders.get(r.order_id) ?? {
      id: r.order_id,
      display_id: r.display_id,
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
  res.json({ orders: [...orders.values()] })
}
