/**
 * Admin product create/update take the OCOP data as `additional_data` (validated in
 * api/middlewares.ts); these hooks write it inside the product workflows, with compensation.
 */
import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CertificationInputType } from "../../api/ocop-validators"
import { applyProductOcop, undoProductOcop } from "../product-ocop"

type OcopAdditionalData = { ocop_certification?: CertificationInputType; producer_id?: string } | undefined

createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const data = additional_data as OcopAdditionalData
    if (!data?.ocop_certification && !data?.producer_id) return new StepResponse(undefined, undefined)
    const undo = await applyProductOcop(
      container,
      products.map((p) => ({ product_id: p.id, certification: data.ocop_certification, producer_id: data.producer_id }))
    )
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => undoProductOcop(container, undo)
)

updateProductsWorkflow.hooks.productsUpdated(
  async ({ products, additional_data }, { container }) => {
    const data = additional_data as OcopAdditionalData
    if (!data?.ocop_certification && !data?.producer_id) return new StepResponse(undefined, undefined)
    const undo = await applyProductOcop(
      container,
      products.map((p) => ({ product_id: p.id, certification: data.ocop_certification, producer_id: data.producer_id }))
    )
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => undoProductOcop(container, undo)
)
