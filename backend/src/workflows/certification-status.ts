import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCT_CHANGED } from "../modules/ocop/events"
import { affectedProductsStep } from "./steps/affected-products"
import { expireStep, revokeStep } from "./steps/certification-status"

export const expireCertificationsWorkflow = createWorkflow(
  "expire-ocop-certifications",
  (input: { today?: string }) => {
    const result = expireStep(input)
    const products = affectedProductsStep(
      transform({ result }, ({ result }) => ({ certification_ids: result.expired })),
    )
    emitEventStep({ eventName: OCOP_PRODUCT_CHANGED, data: products })
    return new WorkflowResponse(result)
  },
)

export const revokeCertificationWorkflow = createWorkflow(
  "revoke-ocop-certification",
  (input: { id: string; reason: string }) => {
    const revoked = revokeStep(input)
    const products = affectedProductsStep(transform({ input }, ({ input }) => ({ certification_ids: [input.id] })))
    emitEventStep({ eventName: OCOP_PRODUCT_CHANGED, data: products })
    return new WorkflowResponse(revoked)
  },
)
