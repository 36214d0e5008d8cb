import { StatsPage } from "@/components/pages/stats-page"
import { localePage, titled } from "@/i18n/page"

export const dynamic = "force-dynamic"

export const generateMetadata = titled("statistics", {
  description: "statisticsDescription",
  alternates: "/statistics",
})

export default localePage(StatsPage)
