import type { Metadata } from "next"
import { PortalForgotPage } from "@/components/pages/portal-pages"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { robots: { index: false } }

export default function Page() {
  return <PortalForgotPage locale="vi" />
}
