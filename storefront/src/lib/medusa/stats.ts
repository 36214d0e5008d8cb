import type Medusa from "@medusajs/js-sdk"
import type { GroupSales, OcopStats } from "@ocop-market/ocop"

export type ProgrammeStats = OcopStats & { sales_by_group: GroupSales[] }

/** The programme's figures, computed live by the backend (GET /store/ocop/stats). */
export async function getProgrammeStats(client: Medusa): Promise<ProgrammeStats> {
  const { stats } = await client.client.fetch<{ stats: ProgrammeStats }>("/store/ocop/stats")
  return stats
}
