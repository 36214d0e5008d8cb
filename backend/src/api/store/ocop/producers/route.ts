import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyTranslations } from "@medusajs/framework/utils"
import { pageOfProducers, PUBLIC_PRODUCER_FIELDS } from "../../../../queries/producers"
import type { ListQueryType } from "../../../utils/validation"

/** The producers ("chủ thể OCOP"), by name, paged; their stories in the asked language where translated. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const page = await pageOfProducers(req.scope, req.validatedQuery as ListQueryType, PUBLIC_PRODUCER_FIELDS)
  await applyTranslations({ localeCode: req.locale, objects: page.producers, container: req.scope })
  res.json(page)
}
