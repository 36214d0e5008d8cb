import { AccountForgotPage } from "@/components/pages/account-pages"
import { localePage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("account", { index: false })

export default localePage(AccountForgotPage)
