import { CataloguePage } from "@/components/pages/catalogue-page"
import { localePage, titled } from "@/i18n/page"

// cached and shared; the backend says when a change makes it stale (lib/medusa/cached.ts)
export const revalidate = 3600

export const generateMetadata = titled("catalogue")

// the plain catalogue; a view with filters or a search is products/view/[query] (see src/proxy.ts)
export default localePage(CataloguePage, () => ({ searchParams: {} }))
