import type { Metadata } from "next"
import type { ReactNode } from "react"
import { Shell } from "@/components/layout/shell"
import { siteUrl } from "@/lib/site"

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(siteUrl()),
    openGraph: { siteName: "OCOP Market", locale: "vi_VN", type: "website" },
    title: { default: "OCOP Market — Sản phẩm OCOP Thanh Hóa", template: "%s · OCOP Market" },
    description: "Mua sản phẩm OCOP (Mỗi xã một sản phẩm) của Thanh Hóa: đặc sản được chứng nhận hạng sao.",
    alternates: { languages: { en: "/en" } },
  }
}

export default function Layout({ children }: { children: ReactNode }) {
  return <Shell locale="vi">{children}</Shell>
}
