import { CampaignsPage } from "@/components/pages/campaigns-page"
import { localePage, titled } from "@/i18n/page"

// cached and shared; the backend says when a change makes it stale (lib/medusa/cached.ts)
export const revalidate = 3600

export const generateMetadata = titled("campaigns")

export default localePage(CampaignsPage)
