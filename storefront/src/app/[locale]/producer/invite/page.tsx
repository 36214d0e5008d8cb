import { PortalInvitePage } from "@/components/pages/portal/account-pages"
import { first, requestPage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("portalInvite", { index: false })

export default requestPage(PortalInvitePage, (_p, query) => ({ token: first(query.token) ?? "" }))
