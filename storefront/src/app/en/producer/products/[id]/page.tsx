import type { Metadata } from "next"
import { PortalProductPage } from "@/components/pages/portal-pages"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Edit product · Producer portal", robots: { index: false } }

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <PortalProductPage locale="en" id={(await params).id} />
}
