import type { Metadata } from "next"
import { CheckoutPage } from "@/components/pages/checkout-page"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Thanh toán", robots: { index: false } }

export default async function Page({ searchParams }: { searchParams: Promise<{ step?: string }> }) {
  return <CheckoutPage locale="vi" step={(await searchParams).step} />
}
