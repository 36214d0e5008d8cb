import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { campaignResults, campaignState } from "@ocop-market/ocop"
import { promotionSaleLines } from "./campaign-sales"
import { sqlOf } from "./sql"

/**
 * One campaign's results for the province: orders its promotions discounted, per producer and
 * per day, and its budget. Null when there is no such campaign.
 */
export async function campaignResultsOf(container: MedusaContainer, campaignPageId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "campaign_page",
    fields: ["id", "handle", "title_vi", "campaign.id", "campaign.budget.*", "campaign.promotions.id"],
    filters: { id: campaignPageId },
  })
  const page: any = data[0]
  if (!page?.campaign) return null
  const lines = await promotionSaleLines(
    sqlOf(container),
    (page.campaign.promotions ?? []).map((p: any) => p.id),
  )
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
  const b = page.campaign.budget
  return {
    campaign: { id: page.id as string, handle: page.handle as string, title_vi: page.title_vi as string },
    budget: b ? { type: b.type as string, limit: Number(b.limit), used: Number(b.used ?? 0) } : null,
    ...campaignResults(lines, (id) => producerOf.get(id)),
  }
}

/**
 * The campaigns that cover a producer's products, each with the producer's own share of its
 * results: one query for the campaigns and one for every campaign's sales, however many there are.
 */
export async function producerCampaignShares(container: MedusaContainer, producerId: string, own: string[]) {
  if (!own.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
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
  const mine = new Set(own)
  const covering = (pages as any[])
    .map((c) => ({ c, products: (c.target_product_ids as string[]).filter((id) => mine.has(id)) }))
    .filter(({ c, products }) => products.length && c.campaign)
  const promotionsOf = new Map(
    covering.map(({ c }) => [c.id as string, new Set<string>((c.campaign.promotions ?? []).map((p: any) => p.id))]),
  )
  const lines = await promotionSaleLines(
    sqlOf(container),
    [...promotionsOf.values()].flatMap((s) => [...s]),
    own,
  )
  return covering.map(({ c, products }) => {
    const ofThis = lines.filter((l) => promotionsOf.get(c.id)!.has(l.promotion_id) && products.includes(l.product_id))
    const { total, by_day } = campaignResults(ofThis, () => ({ id: producerId, name: "" }))
    return {
      handle: c.handle,
      title_vi: c.title_vi,
      title_en: c.title_en,
      discount_type: c.discount_type,
      discount_value: c.discount_value,
      starts_at: c.campaign.starts_at,
      ends_at: c.campaign.ends_at,
      state: campaignState(c.campaign.starts_at, c.campaign.ends_at),
      your_products: products.length,
      results: total,
      by_day,
    }
  })
}
