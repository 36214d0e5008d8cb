import { CartPage } from "@/components/pages/cart-page"
import { localePage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("cart", { index: false })

export default localePage(CartPage)
