import type { Metadata } from "next"
import { CampaignsPage } from "@/components/pages/campaigns-page"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Khuyến mãi OCOP" }

export default function Page() {
  return <CampaignsPage locale="vi" />
}
