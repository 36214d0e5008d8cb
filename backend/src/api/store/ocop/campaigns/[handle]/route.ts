import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { campaignState } from "@ocop-market/ocop"
import { CAMPAIGN_FIELDS } from "../fields"
import { refuse } from "../../../../../errors"

/** One campaign with its featured producers. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "campaign_page",
    fields: CAMPAIGN_FIELDS,
    filters: { handle: req.params.handle },
  })
  const c: any = data[0]
  if (!c?.campaign) throw refuse(MedusaError.Types.NOT_FOUND, "campaign_not_found", { field: "handle" })
  const { data: producers } = (c.featured_producer_ids ?? []).length
    ? await query.graph({
        entity: "producer",
        fields: ["id", "handle", "name", "legal_type", "province_name"],
        filters: { id: c.featured_producer_ids },
      })
    : { data: [] }
  res.json({
    campaign: { ...c, state: campaignState(c.campaign.starts_at, c.campaign.ends_at), featured_producers: producers },
  })
}
