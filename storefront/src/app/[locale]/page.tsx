import { HomePage } from "@/components/pages/home-page"
import { localePage } from "@/i18n/page"

export const dynamic = "force-dynamic"

export default localePage(HomePage)
