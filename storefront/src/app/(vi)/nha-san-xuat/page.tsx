import type { Metadata } from "next"
import { PortalDashboardPage } from "@/components/pages/portal-pages"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Cổng nhà sản xuất", robots: { index: false } }

export default function Page() {
  return <PortalDashboardPage locale="vi" />
}
