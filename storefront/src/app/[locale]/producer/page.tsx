import { PortalDashboardPage } from "@/components/pages/portal/dashboard-page"
import { localePage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("portal", { index: false })

export default localePage(PortalDashboardPage)
