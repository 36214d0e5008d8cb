import type { MedusaResponse } from "@medusajs/framework/http"
import { addOwnImagesWorkflow, type ImageFile } from "../../../../../workflows/producer-portal/own-images"
import type { ProducerRequest } from "../../../context"

/** Add photos to the producer's own product (multipart field "files", checked by `productImageUpload`). */
export async function POST(req: ProducerRequest & { images: ImageFile[] }, res: MedusaResponse) {
  const { result } = await addOwnImagesWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, product_id: req.params.id!, files: req.images },
  })
  res.status(201).json({ images: result })
}
