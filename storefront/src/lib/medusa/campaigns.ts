import type Medusa from "@medusajs/js-sdk"
import { nullIfNotFound } from "./client"
import { discountedPrice, type CampaignKind, type CampaignState } from "@ocop-market/ocop"

export type Campaign = {
  id: string
  handle: string
  title_vi: string
  title_en: string
  story_vi: string | null
  story_en: string | null
  kind: CampaignKind
  banner: string | null
  place: string | null
  discount_type: "percentage" | "fixed"
  discount_value: number
  target_product_ids: string[]
  featured_product_ids: string[]
  featured_producer_ids: string[]
  campaign: { id: string; starts_at: string; ends_at: string }
  state: CampaignState
  featured_producers?: { id: string; handle: string; name: string; legal_type: string; province_name: string | null }[]
}

export async function listCampaigns(client: Medusa): Promise<Campaign[]> {
  const { campaigns } = await client.client.fetch<{ campaigns: Campaign[] }>("/store/ocop/campaigns")
  return campaigns
}

export async function getCampaign(client: Medusa, handle: string): Promise<Campaign | null> {
  return nullIfNotFound(
    client.client
      .fetch<{ campaign: Campaign }>(`/store/ocop/campaigns/${encodeURIComponent(handle)}`)
      .then((r) => r.campaign),
  )
}

/** The running campaign of each product (one at most: the backend refuses overlaps). */
export function activeCampaignsByProduct(campaigns: Campaign[]): Map<string, Campaign> {
  const map = new Map<string, Campaign>()
  for (const c of campaigns) if (c.state === "active") for (const id of c.target_product_ids) map.set(id, c)
  return map
}

/** A price under a campaign's discount (the cart applies the same through Medusa's promotion). */
export function campaignPrice(price: number, c: Campaign): number {
  return discountedPrice(price, { type: c.discount_type, value: c.discount_value })
}
