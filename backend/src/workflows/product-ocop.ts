/**
 * Attaching OCOP data to a product: its certification (created or updated) and its producer link.
 * Used by the product create/update hooks and by the import; each change records what undoes it,
 * so a failing workflow leaves the product as it was.
 */
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCT_CHANGED } from "../modules/ocop/events"
import type { CertificationInputType } from "../modules/ocop/inputs"
import { setProductOcopStep } from "./steps/product-ocop"

export type ProductOcopInput = {
  product_id: string
  certification?: CertificationInputType
  producer_id?: string
}

export type ProductOcopUndo = {
  createdCertificationIds: string[]
  previousCertifications: Record<string, unknown>[]
  createdLinks: Record<string, Record<string, string>>[]
  dismissedLinks: Record<string, Record<string, string>>[]
}

/** Sets the OCOP data of existing products (used by the import and the admin widget). */
export const setProductOcopWorkflow = createWorkflow("set-product-ocop", (input: { items: ProductOcopInput[] }) => {
  setProductOcopStep(input.items)
  emitEventStep({
    eventName: OCOP_PRODUCT_CHANGED,
    data: transform({ input }, ({ input }) => ({ ids: input.items.map((i) => i.product_id) })),
  })
  return new WorkflowResponse(undefined)
})
