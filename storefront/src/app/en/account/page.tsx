import type { Metadata } from "next"
import { AccountPage } from "@/components/pages/account-page"

export const dynamic = "force-dynamic"
export const metadata: Metadata = { title: "Account", robots: { index: false } }

export default function Page() {
  return <AccountPage locale="en" />
}
