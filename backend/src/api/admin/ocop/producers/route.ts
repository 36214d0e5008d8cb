import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE, type OcopModuleService } from "../../../../modules/ocop"
import { createProducersWorkflow } from "../../../../workflows/producers"
import type { ListQueryType } from "../../../utils/validation"
import type { ProducerInputType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, q } = req.validatedQuery as ListQueryType
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [producers, count] = await ocop.listAndCountProducers(q ? { q } : {}, {
    take: limit,
    skip: offset,
    order: { name: "ASC" },
  })
  res.json({ producers, count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<ProducerInputType>, res: MedusaResponse) {
  const { result } = await createProducersWorkflow(req.scope).run({ input: { producers: [req.validatedBody] } })
  res.status(201).json({ producer: result[0] })
}
