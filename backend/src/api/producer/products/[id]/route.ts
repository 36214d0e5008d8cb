import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../context"
import { updateOwnProductWorkflow } from "../../../../workflows/producer-portal/own-products"
import { ownProduct } from "../../../../workflows/producer-portal/ownership"
import { PRODUCER_PRODUCT_FIELDS } from "../fields"
import type { OwnProductUpdateType } from "../../validators"

/** One of the producer's products; another producer's is "not found". */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const product = await ownProduct(
    req.scope,
    { producer_id: req.producer.producer_id, product_id: req.params.id! },
    PRODUCER_PRODUCT_FIELDS,
  )
  const { producer: _own, ...rest } = product
  res.json({ product: rest })
}

/** Edit the producer's own product: description (plain text) and low-stock threshold. */
export async function POST(req: ProducerRequest<OwnProductUpdateType>, res: MedusaResponse) {
  await updateOwnProductWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, product_id: req.params.id!, ...req.validatedBody },
  })
  res.json({ product: { id: req.params.id } })
}
