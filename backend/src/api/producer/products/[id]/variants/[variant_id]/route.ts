import type { MedusaResponse } from "@medusajs/framework/http"
import { removeOwnVariantWorkflow } from "../../../../../../workflows/producer-portal/own-variants"
import type { ProducerRequest } from "../../../../context"

/** Remove a pack from the producer's own product (never the last, never one held by open orders). */
export async function DELETE(req: ProducerRequest, res: MedusaResponse) {
  await removeOwnVariantWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, product_id: req.params.id!, variant_id: req.params.variant_id! },
  })
  res.json({ id: req.params.variant_id, object: "variant", deleted: true })
}
