import type { MedusaResponse } from "@medusajs/framework/http"
import { setOwnStockWorkflow } from "../../../../../../../workflows/producer-portal/own-products"
import type { ProducerRequest } from "../../../../../context"
import type { OwnStockType } from "../../../../../validators"

/** Set the stock of one of the producer's variants. */
export async function POST(req: ProducerRequest<OwnStockType>, res: MedusaResponse) {
  await setOwnStockWorkflow(req.scope).run({
    input: {
      producer_id: req.producer.producer_id,
      product_id: req.params.id!,
      variant_id: req.params.variant_id!,
      stocked_quantity: req.validatedBody.stocked_quantity,
    },
  })
  res.json({ variant_id: req.params.variant_id, stocked_quantity: req.validatedBody.stocked_quantity })
}
