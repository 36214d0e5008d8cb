import type { MedusaResponse } from "@medusajs/framework/http"
import { addOwnVariantWorkflow } from "../../../../../workflows/producer-portal/own-variants"
import type { ProducerRequest } from "../../../context"
import type { NewPackType } from "../../../validators"

/** Add a pack (variant) to the producer's own product, with its VND price and stock. */
export async function POST(req: ProducerRequest<NewPackType>, res: MedusaResponse) {
  const { result } = await addOwnVariantWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, product_id: req.params.id!, ...req.validatedBody },
  })
  res.status(201).json({ variant: result })
}
