import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { campaignResults, campaignState } from "@ocop-market/ocop"
import { campaignSaleLines } from "../../../queries/campaign-sales"
import type { ProducerRequest } from "../context"

/** The campaigns that cover the producer's products, and its own share of their results. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["products.id"],
    filters: { id: req.producer.producer_id },
  })
  const own: string[] = ((data[0] as any)?.products ?? []).map((p: any) => p.id)
  const { data: pages } = await query.graph({
    entity: "campaign_page",
    fields: [
      "id",
      "handle",
      "title_vi",
      "title_en",
      "discount_type",
      "discount_value",
      "target_product_ids",
      "campaign.starts_at",
      "campaign.ends_at",
      "campaign.promotions.id",
    ],
  })
  const campaigns = []
  for (const c of pages as any[]) {
    const mine = (c.target_product_ids as string[]).filter((id) => own.includes(id))
    if (!mine.length || !c.campaign) continue
    const lines = await campaignSaleLines(
      req.scope,
      (c.campaign.promotions ?? []).map((p: any) => p.id),
      mine,
    )
    const { total, by_day } = campaignResults(lines, () => ({ id: req.producer.producer_id, name: "" }))
    campaigns.push({
      handle: c.handle,
      title_vi: c.title_vi,
      title_en: c.title_en,
      discount_type: c.discount_type,
      discount_value: c.discount_value,
      starts_at: c.campaign.starts_at,
      ends_at: c.campaign.ends_at,
      state: campaignState(c.campaign.starts_at, c.campaign.ends_at),
      your_products: mine.length,
      results: total,
      by_day,
    })
  }
  res.json({ campaigns })
}
