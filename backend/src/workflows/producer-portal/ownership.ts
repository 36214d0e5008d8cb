import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refuse } from "../../errors"

/**
 * The portal's one ownership rule: a product is read with `fields` only if it is the producer's;
 * anything else is "not found" — the portal never says whether another producer's record exists.
 */
export async function ownProduct(
  container: MedusaContainer,
  { producer_id, product_id }: { producer_id: string; product_id: string },
  fields: string[],
  notFound: "product_not_found" | "variant_not_found" = "product_not_found",
): Promise<any> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [...fields, "producer.id"],
    filters: { id: product_id },
  })
  const product: any = data[0]
  if (!product || product.producer?.id !== producer_id)
    throw refuse(MedusaError.Types.NOT_FOUND, notFound, {
      field: notFound === "product_not_found" ? "id" : "variant_id",
    })
  return product
}
