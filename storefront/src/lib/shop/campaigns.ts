import "server-only"
import { activeCampaignsByProduct, type Campaign } from "@/lib/medusa"
import { cachedCampaigns, expireWithin } from "@/lib/medusa/cached"

/** Campaigns and the running one per product, for badges and prices; a page still renders without them. */
export async function loadCampaigns(): Promise<{ all: Campaign[]; byProduct: Map<string, Campaign> }> {
  const all = await cachedCampaigns().catch(async (e) => {
    console.error("campaigns: cannot load:", (e as Error).message)
    await expireWithin(5)
    return [] as Campaign[]
  })
  return { all, byProduct: activeCampaignsByProduct(all) }
}
