import type { Metadata } from "next"
import { PortalLoginPage } from "@/components/pages/portal-pages"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Producer login", robots: { index: false } }

export default async function Page({ searchParams }: { searchParams: Promise<{ reset?: string }> }) {
  return <PortalLoginPage locale="en" reset={(await searchParams).reset === "1"} />
}
