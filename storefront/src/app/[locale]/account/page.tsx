import { AccountPage } from "@/components/pages/account-page"
import { localePage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("account", { index: false })

export default localePage(AccountPage)
