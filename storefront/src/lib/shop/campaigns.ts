import "server-only"
import { activeCampaignsByProduct, listCampaigns, medusa, type Campaign } from "@/lib/medusa"

/** Campaigns and the running one per product, for badges and prices; a page still renders without them. */
export async function loadCampaigns(): Promise<{ all: Campaign[]; byProduct: Map<string, Campaign> }> {
  const all = await listCampaigns(medusa()).catch((e) => {
    console.error("campaigns: cannot load:", (e as Error).message)
    return [] as Campaign[]
  })
  return { all, byProduct: activeCampaignsByProduct(all) }
}
