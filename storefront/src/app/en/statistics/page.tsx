import type { Metadata } from "next"
import { StatsPage } from "@/components/pages/stats-page"

export const dynamic = "force-dynamic"
export const metadata: Metadata = {
  title: "OCOP programme statistics",
  description:
    "Thanh Hóa's OCOP products by group, star, district and commune; producers by legal form; certificates lapsing soon.",
  alternates: { canonical: "/en/statistics", languages: { vi: "/thong-ke" } },
}

export default function Page() {
  return <StatsPage locale="en" />
}
