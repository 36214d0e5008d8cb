import { ProductPage, productMetadata } from "@/components/pages/product-page"
import { localePage, metadataFrom } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = metadataFrom(productMetadata, "handle")

export default localePage(ProductPage, (p) => ({ handle: p.handle! }))
