import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProducerWorkflow } from "../../../../../workflows/producers"
import type { ProducerUpdateType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "producer",
      fields: ["*", "products.id", "products.title", "products.status"],
      filters: { id: req.params.id },
    },
    { throwIfKeyNotFound: true },
  )
  res.json({ producer: data[0] })
}

export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateType>, res: MedusaResponse) {
  const { result } = await updateProducerWorkflow(req.scope).run({
    input: { id: req.params.id!, update: req.validatedBody },
  })
  res.json({ producer: result })
}
