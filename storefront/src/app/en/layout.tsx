import type { Metadata } from "next"
import type { ReactNode } from "react"
import { Shell } from "@/components/layout/shell"
import { siteUrl } from "@/lib/site"

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(siteUrl()),
    openGraph: { siteName: "OCOP Market", locale: "en_US", type: "website" },
    title: { default: "OCOP Market — Thanh Hóa OCOP products", template: "%s · OCOP Market" },
    description: "Buy Thanh Hóa's OCOP (One Commune One Product) certified specialities.",
    alternates: { languages: { vi: "/" } },
  }
}

export default function Layout({ children }: { children: ReactNode }) {
  return <Shell locale="en">{children}</Shell>
}
