import { PortalLoginPage } from "@/components/pages/portal/account-pages"
import { requestPage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("portalLogin", { index: false })

export default requestPage(PortalLoginPage, (_p, query) => ({ reset: query.reset === "1" }))
