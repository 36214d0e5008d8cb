import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { campaignResults } from "@ocop-market/ocop"
import { campaignSaleLines } from "../../../../../../queries/campaign-sales"
import { stringify } from "csv-stringify/sync"
import { refuse } from "../../../../../../errors"

/**
 * A campaign's results (`?format=csv` for a spreadsheet): orders whose lines its promotions
 * discounted, units, revenue before and after the discount, unique buyers, budget used; per
 * producer and per day. Canceled orders do not count.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "campaign_page",
    fields: ["id", "handle", "title_vi", "campaign.id", "campaign.budget.*", "campaign.promotions.id"],
    filters: { id: req.params.id },
  })
  const page: any = data[0]
  if (!page?.campaign) throw refuse(MedusaError.Types.NOT_FOUND, "campaign_not_found", { field: "id" })
  const promotionIds: string[] = (page.campaign.promotions ?? []).map((p: any) => p.id)

  const lines = await campaignSaleLines(req.scope, promotionIds)
  const productIds = [...new Set(lines.map((l) => l.product_id))]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "producer.id", "producer.name"],
        filters: { id: productIds },
      })
    : { data: [] }
  const producerOf = new Map(
    products.map((p: any) => [p.id, p.producer ? { id: p.producer.id, name: p.producer.name } : undefined]),
  )
  const results = campaignResults(lines, (id) => producerOf.get(id))
  const budget = page.campaign.budget
    ? {
        type: page.campaign.budget.type,
        limit: Number(page.campaign.budget.limit),
        used: Number(page.campaign.budget.used ?? 0),
      }
    : null

  if (req.query.format === "csv") {
    const header = [
      "producer",
      "orders",
      "units",
      "revenue_before_vnd",
      "discount_vnd",
      "revenue_after_vnd",
      "unique_buyers",
    ]
    const body = results.by_producer.map((p) => [
      p.producer.name,
      p.orders,
      p.units,
      p.revenue_before,
      p.discount,
      p.revenue_after,
      p.unique_buyers,
    ])
    const t = results.total
    const csv = stringify([
      header,
      ...body,
      ["TOTAL", t.orders, t.units, t.revenue_before, t.discount, t.revenue_after, t.unique_buyers],
    ])
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${page.handle}-ket-qua.csv"`)
    // a BOM so spreadsheet programs read the Vietnamese names as UTF-8
    res.send("\uFEFF" + csv)
    return
  }
  res.json({ campaign: { id: page.id, handle: page.handle, title_vi: page.title_vi }, budget, ...results })
}
