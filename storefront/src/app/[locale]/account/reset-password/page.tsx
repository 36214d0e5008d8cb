import { AccountResetPage } from "@/components/pages/account-pages"
import { first, requestPage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("account", { index: false })

export default requestPage(AccountResetPage, (_p, query) => ({
  token: first(query.token) ?? "",
  email: first(query.email) ?? "",
}))
