import { CheckoutPage } from "@/components/pages/checkout-page"
import { first, localePage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("checkout", { index: false })

export default localePage(CheckoutPage, (_p, query) => ({ step: first(query.step) }))
