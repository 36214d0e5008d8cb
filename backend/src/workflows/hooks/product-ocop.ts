/**
 * Admin product create/update take the OCOP data as `additional_data` (validated in
 * api/middlewares.ts); these hooks write it inside the product workflows, with compensation.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { CertificationInputType } from "../../modules/ocop/inputs"
import type { ProductOcopUndo } from "../product-ocop"
import { applyProductOcop, undoProductOcop } from "../steps/product-ocop"

type OcopAdditionalData = { ocop_certification?: CertificationInputType; producer_id?: string } | undefined

async function writeOcop(
  { products, additional_data }: { products: { id: string }[]; additional_data?: Record<string, unknown> },
  { container }: { container: MedusaContainer },
) {
  const data = additional_data as OcopAdditionalData
  if (!data?.ocop_certification && !data?.producer_id) return
  const undo = await applyProductOcop(
    container,
    products.map((p) => ({ product_id: p.id, certification: data.ocop_certification, producer_id: data.producer_id })),
  )
  return new StepResponse(undefined, undo)
}

const undo = async (u: ProductOcopUndo | undefined, { container }: { container: MedusaContainer }) =>
  undoProductOcop(container, u)

createProductsWorkflow.hooks.productsCreated(writeOcop, undo)
updateProductsWorkflow.hooks.productsUpdated(writeOcop, undo)
