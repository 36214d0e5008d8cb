import { PortalForgotPage } from "@/components/pages/portal/account-pages"
import { localePage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled(null, { index: false })

export default localePage(PortalForgotPage)
