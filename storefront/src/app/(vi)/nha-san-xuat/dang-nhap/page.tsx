import type { Metadata } from "next"
import { PortalLoginPage } from "@/components/pages/portal-pages"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Đăng nhập nhà sản xuất", robots: { index: false } }

export default async function Page({ searchParams }: { searchParams: Promise<{ reset?: string }> }) {
  return <PortalLoginPage locale="vi" reset={(await searchParams).reset === "1"} />
}
