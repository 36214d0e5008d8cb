import { CataloguePage } from "@/components/pages/catalogue-page"
import { localePage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("catalogue")

export default localePage(CataloguePage, (_p, query) => ({ searchParams: query }))
