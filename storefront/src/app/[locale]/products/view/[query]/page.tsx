import { CataloguePage } from "@/components/pages/catalogue-page"
import { paramsOfSegment } from "@/components/catalogue/catalogue-params"
import { localePage, titled } from "@/i18n/page"

// A catalogue view (a search, filters, a page): src/proxy.ts rewrites /san-pham?… here, so each view
// is cached like a page. Its search results live a minute; the backend's notices refresh them sooner.
export const revalidate = 3600
export const generateStaticParams = () => []

export const generateMetadata = titled("catalogue")

export default localePage(CataloguePage, (p) => ({ searchParams: paramsOfSegment(p.query!) }))
