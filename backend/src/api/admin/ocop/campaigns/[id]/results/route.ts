import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { campaignResultsOf } from "../../../../../../queries/campaign-results"
import { stringify } from "csv-stringify/sync"
import { refuse } from "../../../../../../errors"

/**
 * A campaign's results (`?format=csv` for a spreadsheet): orders whose lines its promotions
 * discounted, units, revenue before and after the discount, unique buyers, budget used; per
 * producer and per day. Canceled orders do not count.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const found = await campaignResultsOf(req.scope, req.params.id!)
  if (!found) throw refuse(MedusaError.Types.NOT_FOUND, "campaign_not_found", { field: "id" })
  const { campaign, budget, ...results } = found

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
    res.setHeader("Content-Disposition", `attachment; filename="${campaign.handle}-ket-qua.csv"`)
    // a BOM so spreadsheet programs read the Vietnamese names as UTF-8
    res.send("\uFEFF" + csv)
    return
  }
  res.json({ campaign, budget, ...results })
}
