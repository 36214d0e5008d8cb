import type { Metadata } from "next"
import { CartPage } from "@/components/pages/cart-page"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Giỏ hàng", robots: { index: false } }

export default function Page() {
  return <CartPage locale="vi" />
}
