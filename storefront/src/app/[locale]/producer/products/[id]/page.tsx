import { PortalProductPage } from "@/components/pages/portal/product-page"
import { localePage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("portalProduct", { index: false })

export default localePage(PortalProductPage, (p) => ({ id: p.id! }))
