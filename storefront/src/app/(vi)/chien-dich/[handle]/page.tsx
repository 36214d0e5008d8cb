import type { Metadata } from "next"
import { CampaignPage, campaignMetadata } from "@/components/pages/campaigns-page"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return campaignMetadata("vi", (await params).handle)
}

export default async function Page({ params }: Props) {
  return <CampaignPage locale="vi" handle={(await params).handle} />
}
