import { CheckoutPage } from "@/components/pages/checkout-page"
import { first, requestPage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("checkout", { index: false })

export default requestPage(CheckoutPage, (_p, query) => ({ step: first(query.step), vnpay: first(query.vnpay) }))
