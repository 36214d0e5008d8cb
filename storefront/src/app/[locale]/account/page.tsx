import { AccountPage } from "@/components/pages/account-page"
import { first, requestPage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("account", { index: false })

export default requestPage(AccountPage, (_p, query) => ({ reset: first(query.reset) === "1" }))
