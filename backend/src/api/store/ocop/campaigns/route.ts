import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { campaignState } from "@ocop-market/ocop"
import { CAMPAIGN_FIELDS } from "./fields"

/** Campaigns with their state (upcoming, active, ended); ended ones stay listed, marked as ended. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "campaign_page", fields: CAMPAIGN_FIELDS })
  const now = new Date()
  const campaigns = data
    .filter((c: any) => c.campaign?.starts_at && c.campaign?.ends_at)
    .map((c: any) => ({ ...c, state: campaignState(c.campaign.starts_at, c.campaign.ends_at, now) }))
    .sort((a: any, b: any) => String(b.campaign.starts_at).localeCompare(String(a.campaign.starts_at)))
  res.setHeader("Cache-Control", "public, max-age=30")
  res.json({ campaigns })
}
