import type { Metadata } from "next"
import { OrderPage } from "@/components/pages/order-page"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Order", robots: { index: false } }

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <OrderPage locale="en" id={(await params).id} />
}
