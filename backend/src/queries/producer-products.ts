import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The ids of the products of one or more producers (through the product ↔ producer link). */
export async function productIdsOfProducers(container: MedusaContainer, producerIds: string | string[]) {
  const ids = [producerIds].flat()
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: ids } })
  return data.flatMap((p: any) => (p.products ?? []).map((x: any) => x?.id as string)).filter(Boolean)
}
