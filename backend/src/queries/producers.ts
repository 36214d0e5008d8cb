import type { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE, type OcopModuleService } from "../modules/ocop"

/** What the shop shows of a producer in a list (the admin sees every field). */
export const PUBLIC_PRODUCER_FIELDS = [
  "id",
  "handle",
  "name",
  "legal_type",
  "province_name",
  "commune_name",
  "description",
  "logo",
  "sample_data",
]

/** One page of producers by name, optionally matching `q`, with the total count. */
export async function pageOfProducers(
  container: MedusaContainer,
  { limit, offset, q }: { limit: number; offset: number; q?: string },
  select?: string[],
) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [producers, count] = await ocop.listAndCountProducers(q ? { q } : {}, {
    take: limit,
    skip: offset,
    order: { name: "ASC" },
    ...(select ? { select } : {}),
  })
  return { producers, count, limit, offset }
}
