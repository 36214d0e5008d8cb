import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createCampaignsWorkflow,
  createPromotionsWorkflow,
  createRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { periodsOverlap, validateCampaignRules, type CampaignKind, type Discount } from "@ocop-market/ocop"
import { OCOP_PRODUCT_CHANGED } from "../../modules/ocop/events"
import { TRADE_PROMOTION_MODULE, type TradePromotionModuleService } from "../../modules/trade-promotion"
import { refuse, refuseFieldErrors } from "../../errors"
import { productIdsOfProducers } from "../../queries/producer-products"

export type CampaignTarget = { product_ids?: string[]; groups?: string[]; producer_ids?: string[] }

export type CreateOcopCampaignInput = {
  handle: string
  title_vi: string
  title_en: string
  story_vi?: string | null
  story_en?: string | null
  kind: CampaignKind
  banner?: string | null
  place?: string | null
  starts_at: string
  ends_at: string
  discount: Discount
  target: CampaignTarget
  /** With a code the discount needs the code at checkout (and `limit` caps its uses); without, it applies by itself. */
  code?: { code: string; limit?: number | null } | null
  budget?: { type: "spend" | "usage"; limit: number } | null
  featured_product_ids?: string[]
  featured_producer_ids?: string[]
}

/**
 * Resolves the products the discount covers (chosen products, whole groups, whole producers; only
 * published ones), then checks the rules: dates, discount against the cheapest covered price, and
 * the overlap rule — a product belongs to at most one campaign at a time, so a second campaign
 * that covers it in an overlapping period is refused, naming the campaign and the products.
 */
const resolveCampaignTargetsStep = createStep(
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

const createCampaignPageStep = createStep(
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

/**
 * A campaign in one go: Medusa's campaign (period, budget), its promotion (the discount on the
 * covered products, automatic or with a code), the OCOP page, the link between them, and an event
 * so the search index marks the products. Any step failing undoes the ones before.
 */
export const createOcopCampaignWorkflow = createWorkflow("create-ocop-campaign", (input: CreateOcopCampaignInput) => {
  const targets = resolveCampaignTargetsStep(input)
  const campaignsData = transform({ input }, ({ input }) => [
    {
      name: input.title_vi,
      campaign_identifier: input.handle,
      description: input.title_en,
      starts_at: new Date(input.starts_at),
      ends_at: new Date(input.ends_at),
      budget: input.budget
        ? {
            type: input.budget.type,
            limit: input.budget.limit,
            ...(input.budget.type === "spend" ? { currency_code: "vnd" } : {}),
          }
        : undefined,
    },
  ])
  const campaigns = createCampaignsWorkflow.runAsStep({ input: { campaignsData } as never })
  const promotionsData = transform({ input, targets, campaigns }, ({ input, targets, campaigns }) => [
    {
      code: input.code?.code ?? `${input.handle.toUpperCase()}-TU-DONG`,
      type: "standard" as const,
      status: "active" as const,
      is_automatic: !input.code,
      limit: input.code?.limit ?? null,
      campaign_id: (campaigns as any[])[0].id,
      application_method: {
        type: input.discount.type,
        target_type: "items" as const,
        allocation: "each" as const,
        value: input.discount.value,
        currency_code: "vnd",
        max_quantity: 99,
        target_rules: [{ attribute: "items.product.id", operator: "in" as const, values: targets.product_ids }],
      },
    },
  ])
  const promotions = createPromotionsWorkflow.runAsStep({ input: { promotionsData } as never })
  const page = createCampaignPageStep(
    transform({ input, targets }, ({ input, targets }) => ({ data: input, product_ids: targets.product_ids })),
  )
  const links = transform({ campaigns, page, targets }, ({ campaigns, page, targets }) => [
    {
      [Modules.PROMOTION]: { campaign_id: (campaigns as any[])[0].id },
      [TRADE_PROMOTION_MODULE]: { campaign_page_id: page.id },
    },
    // the covered products, so their search documents carry the campaign
    ...targets.product_ids.map((id) => ({
      [Modules.PRODUCT]: { product_id: id },
      [TRADE_PROMOTION_MODULE]: { campaign_page_id: page.id },
    })),
  ])
  createRemoteLinkStep(links)
  emitEventStep({
    eventName: OCOP_PRODUCT_CHANGED,
    data: transform({ targets }, ({ targets }) => ({ ids: targets.product_ids })),
  })
  return new WorkflowResponse({
    campaign: transform({ campaigns }, ({ campaigns }) => (campaigns as any[])[0]),
    promotions,
    page,
  })
})
