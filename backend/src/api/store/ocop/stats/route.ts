import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { computeOcopStats, salesByGroup, vietnamToday, type SaleLine, type StatsRow } from "@ocop-market/ocop"

/** The programme at a glance, computed live from the certificates of published products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certification",
    fields: [
      "star", "group", "status", "proposed_star", "valid_until",
      "origin_district_name", "origin_commune_code", "origin_commune_name", "current_commune_code", "current_commune_name",
      "product.id", "product.status", "product.producer.id", "product.producer.legal_type",
    ],
  })
  // Sales by group: every order not canceled, at the unit price charged.
  // (Reads all order lines: fine for a regional shop; a materialised view when orders grow large.)
  const { data: orders } = await query.graph({
    entity: "order",
    // an order line's quantity lives in its detail (order_item), not on the line itself
    fields: ["id", "status", "items.product_id", "items.unit_price", "items.detail.quantity"],
  })
  const lines: SaleLine[] = orders
    .filter((o: any) => o.status !== "canceled")
    .flatMap((o: any) => (o.items ?? []).map((i: any) => ({ order_id: o.id, product_id: i.product_id, quantity: Number(i.detail?.quantity ?? 0), unit_price: Number(i.unit_price) })))
  const groupOf = new Map(data.filter((c: any) => c.product?.id).map((c: any) => [c.product.id as string, c.group as string]))
  const rows = data
    .filter((c: any) => c.product?.status === "published")
    .map((c: any) => ({ ...c, producer: c.product?.producer ?? null })) as StatsRow[]
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ stats: { ...computeOcopStats(rows, vietnamToday()), sales_by_group: salesByGroup(lines, (id) => groupOf.get(id)) } })
}
