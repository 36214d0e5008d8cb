import type { StoreOrderShipment } from "@ocop-market/ocop"
import type { Sql } from "./sql"

/**
 * What has been shipped of an order, line by line: each producer ships its own lines (the portal),
 * each shipment with the carrier and tracking number the producer entered. Cancelled shipments are left out.
 */
export async function orderShipments(sql: Sql, orderId: string): Promise<StoreOrderShipment[]> {
  const { rows } = await sql.raw(
    `select fi.line_item_id as line_id, coalesce(f.shipped_at, f.created_at) as shipped_at,
            f.metadata->>'carrier' as carrier,
            coalesce(array_agg(l.tracking_number) filter (where l.tracking_number <> ''), '{}') as tracking_numbers
       from order_fulfillment ofl
       join fulfillment f on f.id = ofl.fulfillment_id and f.deleted_at is null and f.canceled_at is null
       join fulfillment_item fi on fi.fulfillment_id = f.id and fi.deleted_at is null
       left join fulfillment_label l on l.fulfillment_id = f.id and l.deleted_at is null
      where ofl.order_id = ? and ofl.deleted_at is null
      group by fi.line_item_id, f.id
      order by shipped_at`,
    [orderId],
  )
  return rows.map(
    (r: { line_id: string; shipped_at: Date | string; tracking_numbers: string[]; carrier: string | null }) => ({
      line_id: r.line_id,
      shipped_at: new Date(r.shipped_at).toISOString(),
      tracking_numbers: r.tracking_numbers,
      carrier: r.carrier,
    }),
  )
}
