import type { MedusaResponse } from "@medusajs/framework/http"
import { setOwnPriceWorkflow } from "../../../../../../../workflows/producer-portal/own-products"
import type { ProducerRequest } from "../../../../../context"
import type { OwnPriceType } from "../../../../../validators"

/** Set the VND price of one of the producer's variants. */
export async function POST(req: ProducerRequest<OwnPriceType>, res: MedusaResponse) {
  await setOwnPriceWorkflow(req.scope).run({
    input: {
      producer_id: req.producer.producer_id,
      product_id: req.params.id!,
      variant_id: req.params.variant_id!,
      amount: req.validatedBody.amount,
    },
  })
  res.json({ variant_id: req.params.variant_id, amount: req.validatedBody.amount })
}
