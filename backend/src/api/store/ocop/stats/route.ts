import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { computeOcopStats, vietnamToday, type StatsRow } from "@ocop-market/ocop"

/** The programme at a glance, computed live from the certificates of published products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certification",
    fields: [
      "star", "group", "status", "proposed_star", "valid_until",
      "origin_district_name", "origin_commune_code", "origin_commune_name", "current_commune_code", "current_commune_name",
      "product.status", "product.producer.id", "product.producer.legal_type",
    ],
  })
  const rows = data
    .filter((c: any) => c.product?.status === "published")
    .map((c: any) => ({ ...c, producer: c.product?.producer ?? null })) as StatsRow[]
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ stats: computeOcopStats(rows, vietnamToday()) })
}
