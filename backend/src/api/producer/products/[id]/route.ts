import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../../context"
import { updateOwnProductWorkflow } from "../../../../workflows/producer-portal/own-products"
import { PRODUCER_PRODUCT_FIELDS } from "../fields"

/** One of the producer's products; another producer's is "not found". */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: [...PRODUCER_PRODUCT_FIELDS, "producer.id"], filters: { id: req.params.id } })
  const product: any = data[0]
  if (!product || product.producer?.id !== req.producer.producer_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "id: no such product among yours")
  const { producer: _own, ...rest } = product
  res.json({ product: rest })
}

/** Edit the producer's own product: description (plain text) and low-stock threshold. */
export async function POST(req: ProducerRequest<{ description?: string | null; low_stock_threshold?: number }>, res: MedusaResponse) {
  await updateOwnProductWorkflow(req.scope).run({ input: { producer_id: req.producer.producer_id, product_id: req.params.id!, ...req.validatedBody } })
  res.json({ product: { id: req.params.id } })
}
