import { PortalInvitePage } from "@/components/pages/portal/account-pages"
import { first, localePage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("portalInvite", { index: false })

export default localePage(PortalInvitePage, (_p, query) => ({ token: first(query.token) ?? "" }))
