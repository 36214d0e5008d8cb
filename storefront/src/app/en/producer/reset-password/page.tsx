import type { Metadata } from "next"
import { PortalResetPage } from "@/components/pages/portal-pages"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { robots: { index: false } }

export default async function Page({ searchParams }: { searchParams: Promise<{ token?: string; email?: string }> }) {
  const { token = "", email = "" } = await searchParams
  return <PortalResetPage locale="en" token={token} email={email} />
}
