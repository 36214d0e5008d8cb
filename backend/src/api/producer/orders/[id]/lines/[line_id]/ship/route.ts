import type { MedusaResponse } from "@medusajs/framework/http"
import { shipOwnLineWorkflow } from "../../../../../../../workflows/producer-portal/own-products"
import type { ProducerRequest } from "../../../../../context"
import type { ShipLineType } from "../../../../../validators"

/** Mark the producer's line of an order as shipped, with its carrier and tracking number. */
export async function POST(req: ProducerRequest<ShipLineType>, res: MedusaResponse) {
  const { result } = await shipOwnLineWorkflow(req.scope).run({
    input: {
      producer_id: req.producer.producer_id,
      order_id: req.params.id!,
      line_id: req.params.line_id!,
      tracking_number: req.validatedBody.tracking_number ?? "",
      carrier: req.validatedBody.carrier ?? null,
    },
  })
  res.json({ fulfillment: { id: result.id } })
}
