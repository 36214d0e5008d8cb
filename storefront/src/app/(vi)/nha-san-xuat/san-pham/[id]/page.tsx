import type { Metadata } from "next"
import { PortalProductPage } from "@/components/pages/portal-pages"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Sửa sản phẩm · Cổng nhà sản xuất", robots: { index: false } }

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <PortalProductPage locale="vi" id={(await params).id} />
}
