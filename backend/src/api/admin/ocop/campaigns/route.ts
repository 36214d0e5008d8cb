import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOcopCampaignWorkflow } from "../../../../workflows/campaigns/create-ocop-campaign"
import type { CampaignInputType } from "../validators"
import { CAMPAIGN_FIELDS } from "../../../store/ocop/campaigns/fields"

/** Every campaign with its page, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "campaign_page",
    fields: [
      ...CAMPAIGN_FIELDS,
      "campaign.promotions.id",
      "campaign.promotions.code",
      "campaign.promotions.is_automatic",
      "campaign.budget.*",
    ],
  })
  res.json({
    storefront_url: process.env.STOREFRONT_URL ?? null,
    campaigns: data.sort((a: any, b: any) =>
      String(b.campaign?.starts_at).localeCompare(String(a.campaign?.starts_at)),
    ),
  })
}

export async function POST(req: AuthenticatedMedusaRequest<CampaignInputType>, res: MedusaResponse) {
  const { result } = await createOcopCampaignWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ campaign: result.campaign, page: result.page })
}
