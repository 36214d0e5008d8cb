import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCT_CHANGED } from "../modules/ocop/events"
import { affectedProductsStep } from "./steps/affected-products"
import { createProducersStep, updateProducerStep } from "./steps/producers"

export type ProducerData = {
  name: string
  handle?: string
  legal_type: string
  representative?: string | null
  phone?: string | null
  email?: string | null
  address?: string | null
  commune_code?: string | null
  description?: string | null
  logo?: string | null
  sample_data?: boolean
}

export const createProducersWorkflow = createWorkflow(
  "create-ocop-producers",
  (input: { producers: ProducerData[] }) => {
    return new WorkflowResponse(createProducersStep(input.producers))
  },
)

export const updateProducerWorkflow = createWorkflow(
  "update-ocop-producer",
  (input: { id: string; update: Partial<ProducerData> }) => {
    const updated = updateProducerStep(input)
    const products = affectedProductsStep(transform({ input }, ({ input }) => ({ producer_id: input.id })))
    emitEventStep({ eventName: OCOP_PRODUCT_CHANGED, data: products })
    return new WorkflowResponse(updated)
  },
)
