import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { ProducerRequest } from "./context"

type VariantWrite<F extends string> = (container: MedusaContainer) => {
  run: (args: {
    input: { producer_id: string; product_id: string; variant_id: string } & Record<F, number>
  }) => Promise<unknown>
}

/** POST one figure (price or stock) of one of the producer's variants through its workflow. */
export function variantFieldRoute<F extends "amount" | "stocked_quantity">(workflow: VariantWrite<F>, field: F) {
  return async function POST(req: ProducerRequest<Record<F, number>>, res: MedusaResponse) {
    const value = req.validatedBody[field]
    const target = {
      producer_id: req.producer.producer_id,
      product_id: req.params.id!,
      variant_id: req.params.variant_id!,
    }
    await workflow(req.scope).run({ input: { ...target, [field]: value } as typeof target & Record<F, number> })
    res.json({ variant_id: req.params.variant_id, [field]: value })
  }
}
