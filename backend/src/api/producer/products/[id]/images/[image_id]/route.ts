import type { MedusaResponse } from "@medusajs/framework/http"
import { removeOwnImageWorkflow } from "../../../../../../workflows/producer-portal/own-images"
import type { ProducerRequest } from "../../../../context"

/** Remove a photo from the producer's own product. */
export async function DELETE(req: ProducerRequest, res: MedusaResponse) {
  await removeOwnImageWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, product_id: req.params.id!, image_id: req.params.image_id! },
  })
  res.json({ id: req.params.image_id, object: "image", deleted: true })
}
