import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../context"
import { PRODUCER_PRODUCT_FIELDS } from "./fields"
import { createDraftProductWorkflow } from "../../../workflows/producer-portal/own-products"
import type { DraftProductType } from "../validators"
import { productIdsOfProducers } from "../../../queries/producer-products"

/** The producer's own products, with prices, stock and certification. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = await productIdsOfProducers(req.scope, req.producer.producer_id)
  const { data: products } = ids.length
    ? await query.graph({ entity: "product", fields: PRODUCER_PRODUCT_FIELDS, filters: { id: ids } })
    : { data: [] }
  res.json({ products, count: products.length })
}

/** Propose a new product: a draft the province reviews and publishes. */
export async function POST(req: ProducerRequest<DraftProductType>, res: MedusaResponse) {
  const { result } = await createDraftProductWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, ...req.validatedBody },
  })
  res.status(201).json({ product: { id: result.id, status: "draft" } })
}
