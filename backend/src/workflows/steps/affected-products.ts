import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { productIdsOfProducers } from "../../queries/producer-products"

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
      ids.push(...(await productIdsOfProducers(container, input.producer_id)))
    }
    return new StepResponse({ ids })
  },
)
