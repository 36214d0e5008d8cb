import { PortalResetPage } from "@/components/pages/portal/account-pages"
import { first, requestPage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled(null, { index: false })

export default requestPage(PortalResetPage, (_p, query) => ({
  token: first(query.token) ?? "",
  email: first(query.email) ?? "",
}))
