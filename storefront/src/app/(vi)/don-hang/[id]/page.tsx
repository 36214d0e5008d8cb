import type { Metadata } from "next"
import { OrderPage } from "@/components/pages/order-page"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Đơn hàng", robots: { index: false } }

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <OrderPage locale="vi" id={(await params).id} />
}
