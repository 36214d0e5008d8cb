import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { computeOcopStats, salesByGroup, vietnamToday, type StatsRow } from "@ocop-market/ocop"
import { saleLines } from "./sales-lines"
import { sqlOf } from "./sql"

/** The programme at a glance: certificates of published products (with producers) and sales by group. */
export async function programmeStats(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, sales] = await Promise.all([
    query.graph({
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
    }),
    saleLines(sqlOf(container)),
  ])
  const groupOf = new Map(
    data.filter((c: any) => c.product?.id).map((c: any) => [c.product.id as string, c.group as string]),
  )
  const rows = data
    .filter((c: any) => c.product?.status === "published")
    .map((c: any) => ({ ...c, producer: c.product?.producer ?? null })) as StatsRow[]
  return { ...computeOcopStats(rows, vietnamToday()), sales_by_group: salesByGroup(sales, (id) => groupOf.get(id)) }
}
