import { StatsPage } from "@/components/pages/stats-page"
import { localePage, titled } from "@/i18n/page"

// cached and shared; the backend says when a change makes it stale (lib/medusa/cached.ts)
export const revalidate = 3600

export const generateMetadata = titled("statistics", {
  description: "statisticsDescription",
  alternates: "/statistics",
})

export default localePage(StatsPage)
