import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOfProducers } from "../../../../queries/producers"
import { createProducersWorkflow } from "../../../../workflows/producers"
import type { ListQueryType } from "../../../utils/validation"
import type { ProducerInputType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await pageOfProducers(req.scope, req.validatedQuery as ListQueryType))
}

export async function POST(req: AuthenticatedMedusaRequest<ProducerInputType>, res: MedusaResponse) {
  const { result } = await createProducersWorkflow(req.scope).run({ input: { producers: [req.validatedBody] } })
  res.status(201).json({ producer: result[0] })
}
