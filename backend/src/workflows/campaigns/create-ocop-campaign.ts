import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createCampaignsWorkflow,
  createPromotionsWorkflow,
  createRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { type CampaignKind, type Discount } from "@ocop-market/ocop"
import { OCOP_PRODUCT_CHANGED } from "../../modules/ocop/events"
import { TRADE_PROMOTION_MODULE } from "../../modules/trade-promotion"
import { resolveCampaignTargetsStep, createCampaignPageStep } from "./steps/create-ocop-campaign"

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
