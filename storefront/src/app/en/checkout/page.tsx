import type { Metadata } from "next"
import { CheckoutPage } from "@/components/pages/checkout-page"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Checkout", robots: { index: false } }

export default async function Page({ searchParams }: { searchParams: Promise<{ step?: string }> }) {
  return <CheckoutPage locale="en" step={(await searchParams).step} />
}
