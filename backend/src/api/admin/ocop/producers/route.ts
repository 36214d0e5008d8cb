import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { OCOP_MODULE, type OcopModuleService } from "../../../../modules/ocop"
import { createProducersWorkflow } from "../../../../workflows/producers"
import type { ListQuery, ProducerInput } from "../../../ocop-validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, q } = req.validatedQuery as z.infer<typeof ListQuery>
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [producers, count] = await ocop.listAndCountProducers(q ? { q } : {}, {
    take: limit,
    skip: offset,
    order: { name: "ASC" },
  })
  res.json({ producers, count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ProducerInput>>, res: MedusaResponse) {
  const { result } = await createProducersWorkflow(req.scope).run({ input: { producers: [req.validatedBody] } })
  res.status(201).json({ producer: result[0] })
}
