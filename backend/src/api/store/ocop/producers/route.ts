import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOfProducers, PUBLIC_PRODUCER_FIELDS } from "../../../../queries/producers"
import type { ListQueryType } from "../../../utils/validation"

/** The producers ("chủ thể OCOP"), by name, paged. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await pageOfProducers(req.scope, req.validatedQuery as ListQueryType, PUBLIC_PRODUCER_FIELDS))
}
