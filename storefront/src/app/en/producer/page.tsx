import type { Metadata } from "next"
import { PortalDashboardPage } from "@/components/pages/portal-pages"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Producer portal", robots: { index: false } }

export default function Page() {
  return <PortalDashboardPage locale="en" />
}
