import { CampaignsPage } from "@/components/pages/campaigns-page"
import { localePage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("campaigns")

export default localePage(CampaignsPage)
