import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The products behind some certifications or a producer, for the search index to read again. */
export const affectedProductsStep = createStep(
  "ocop-affected-products",
  async (input: { certification_ids?: string[]; producer_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids: string[] = []
    if (input.certification_ids?.length) {
      const { data } = await query.graph({
        entity: "ocop_certification",
        fields: ["product.id"],
        filters: { id: input.certification_ids },
      })
      ids.push(...data.map((c: any) => c.product?.id).filter(Boolean))
    }
    if (input.producer_id) {
      const { data } = await query.graph({
        entity: "producer",
        fields: ["products.id"],
        filters: { id: input.producer_id },
      })
      ids.push(...data.flatMap((p: any) => (p.products ?? []).map((x: any) => x?.id)).filter(Boolean))
    }
    return new StepResponse({ ids })
  },
)
