import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { computeOcopStats, salesByGroup, vietnamToday, type SaleLine, type StatsRow } from "@ocop-market/ocop"

/** The programme at a glance, computed live from the certificates of published products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certification",
    fields: [
      "star",
      "group",
      "status",
      "proposed_star",
      "valid_until",
      "origin_district_name",
      "origin_commune_code",
      "origin_commune_name",
      "current_commune_code",
      "current_commune_name",
      "product.id",
      "product.status",
      "product.producer.id",
      "product.producer.legal_type",
    ],
  })
  // Sales by group: every line of every order not canceled (its current version), less its discounts.
  // (Reads all order lines: fine for a regional shop; a materialised view when orders grow large.)
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: lines } = await pg.raw(
    `select o.id as order_id, li.product_id, oi.quantity::numeric as quantity, li.unit_price::numeric as unit_price,
            coalesce((select sum(a.amount) from order_line_item_adjustment a where a.item_id = li.id and a.deleted_at is null), 0)::numeric as discount
       from order_item oi
       join order_line_item li on li.id = oi.item_id and li.deleted_at is null
       join "order" o on o.id = oi.order_id and o.version = oi.version and o.deleted_at is null
      where oi.deleted_at is null and o.status <> 'canceled'`,
  )
  const sales: SaleLine[] = lines.map((l: any) => ({
    order_id: l.order_id,
    product_id: l.product_id,
    quantity: Number(l.quantity),
    unit_price: Number(l.unit_price),
    discount: Number(l.discount),
  }))
  const groupOf = new Map(
    data.filter((c: any) => c.product?.id).map((c: any) => [c.product.id as string, c.group as string]),
  )
  const rows = data
    .filter((c: any) => c.product?.status === "published")
    .map((c: any) => ({ ...c, producer: c.product?.producer ?? null })) as StatsRow[]
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({
    stats: { ...computeOcopStats(rows, vietnamToday()), sales_by_group: salesByGroup(sales, (id) => groupOf.get(id)) },
  })
}
