import { CampaignPage, campaignMetadata } from "@/components/pages/campaigns-page"
import { localePage, metadataFrom } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = metadataFrom(campaignMetadata, "handle")

export default localePage(CampaignPage, (p) => ({ handle: p.handle! }))
