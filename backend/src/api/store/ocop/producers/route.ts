import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE, type OcopModuleService } from "../../../../modules/ocop"
import type { ListQueryType } from "../../../utils/validation"

/** The producers ("chủ thể OCOP"), by name, paged. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit, offset, q } = req.validatedQuery as ListQueryType
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [producers, count] = await ocop.listAndCountProducers(q ? { q } : {}, {
    take: limit,
    skip: offset,
    order: { name: "ASC" },
    select: [
      "id",
      "handle",
      "name",
      "legal_type",
      "province_name",
      "commune_name",
      "description",
      "logo",
      "sample_data",
    ],
  })
  res.json({ producers, count, limit, offset })
}
