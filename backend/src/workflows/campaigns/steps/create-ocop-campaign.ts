/** Steps of creating a campaign: which products it covers, and its page (removed again if a later step fails). */
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { periodsOverlap, validateCampaignRules } from "@ocop-market/ocop"
import { TRADE_PROMOTION_MODULE, type TradePromotionModuleService } from "../../../modules/trade-promotion"
import { refuse, refuseFieldErrors } from "../../../errors"
import { productIdsOfProducers } from "../../../queries/producer-products"
import type { CreateOcopCampaignInput } from "../create-ocop-campaign"

/**
 * Resolves the products the discount covers (chosen products, whole groups, whole producers; only
 * published ones), then checks the rules: dates, discount against the cheapest covered price, and
 * the overlap rule — a product belongs to at most one campaign at a time, so a second campaign
 * that covers it in an overlapping period is refused, naming the campaign and the products.
 */
export const resolveCampaignTargetsStep = createStep(
  "resolve-ocop-campaign-targets",
  async (input: CreateOcopCampaignInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = new Set(input.target.product_ids ?? [])
    if (input.target.groups?.length) {
      const { data } = await query.graph({
        entity: "ocop_certification",
        fields: ["product.id"],
        filters: { group: input.target.groups as never, status: "active" },
      })
      for (const c of data as any[]) if (c.product?.id) ids.add(c.product.id)
    }
    if (input.target.producer_ids?.length) {
      for (const id of await productIdsOfProducers(container, input.target.producer_ids)) ids.add(id)
    }
    const { data: products } = ids.size
      ? await query.graph({
          entity: "product",
          fields: ["id", "title", "status", "variants.prices.amount", "variants.prices.currency_code"],
          filters: { id: [...ids], status: "published" },
        })
      : { data: [] as any[] }
    const prices = (products as any[]).flatMap((p) =>
      (p.variants ?? []).flatMap((v: any) =>
        (v.prices ?? []).filter((x: any) => x.currency_code === "vnd").map((x: any) => Number(x.amount)),
      ),
    )
    const errors = validateCampaignRules({
      starts_at: input.starts_at,
      ends_at: input.ends_at,
      discount: input.discount,
      lowest_price: prices.length ? Math.min(...prices) : null,
      product_count: products.length,
    })
    if (errors.length) throw refuseFieldErrors(errors)

    const productIds = (products as any[]).map((p) => p.id as string)
    const { data: others } = await query.graph({
      entity: "campaign_page",
      fields: ["handle", "target_product_ids", "campaign.starts_at", "campaign.ends_at"],
    })
    for (const o of others as any[]) {
      if (!o.campaign?.starts_at || !o.campaign?.ends_at) continue
      const shared = productIds.filter((id) => (o.target_product_ids as string[]).includes(id))
      if (
        shared.length &&
        periodsOverlap(input, { starts_at: String(o.campaign.starts_at), ends_at: String(o.campaign.ends_at) })
      ) {
        const titles = (products as any[]).filter((p) => shared.includes(p.id)).map((p) => p.title)
        throw refuse(MedusaError.Types.INVALID_DATA, "campaign_overlap", {
          field: "target",
          params: { campaign: o.handle },
          message: `target: ${titles.slice(0, 5).join(", ")}${titles.length > 5 ? "…" : ""} already in campaign "${o.handle}" at that time (one campaign per product at a time)`,
        })
      }
    }
    return new StepResponse({ product_ids: productIds })
  },
)

export const createCampaignPageStep = createStep(
  "create-ocop-campaign-page",
  async (input: { data: CreateOcopCampaignInput; product_ids: string[] }, { container }) => {
    const service: TradePromotionModuleService = container.resolve(TRADE_PROMOTION_MODULE)
    const d = input.data
    const [taken] = await service.listCampaignPages({ handle: d.handle })
    if (taken)
      throw refuse(MedusaError.Types.DUPLICATE_ERROR, "handle_taken", { field: "handle", params: { handle: d.handle } })
    const page = await service.createCampaignPages({
      handle: d.handle,
      title_vi: d.title_vi,
      title_en: d.title_en,
      story_vi: d.story_vi ?? null,
      story_en: d.story_en ?? null,
      kind: d.kind,
      banner: d.banner ?? null,
      place: d.place ?? null,
      discount_type: d.discount.type,
      discount_value: d.discount.value,
      target: d.target as Record<string, unknown>,
      target_product_ids: input.product_ids as unknown as Record<string, unknown>,
      featured_product_ids: (d.featured_product_ids ?? []) as unknown as Record<string, unknown>,
      featured_producer_ids: (d.featured_producer_ids ?? []) as unknown as Record<string, unknown>,
    })
    return new StepResponse(page, page.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: TradePromotionModuleService = container.resolve(TRADE_PROMOTION_MODULE)
    await service.deleteCampaignPages(id)
  },
)
