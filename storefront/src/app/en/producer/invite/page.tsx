import type { Metadata } from "next"
import { PortalInvitePage } from "@/components/pages/portal-pages"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Accept invite", robots: { index: false } }

export default async function Page({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  return <PortalInvitePage locale="en" token={(await searchParams).token ?? ""} />
}
