import { OrderPage } from "@/components/pages/order-page"
import { localePage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("order", { index: false })

export default localePage(OrderPage, (p) => ({ id: p.id! }))
