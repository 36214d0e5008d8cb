import type { Metadata } from "next"
import type { ReactNode } from "react"
import { Shell } from "@/components/layout/shell"
import { pageLocale, type LocaleParams } from "@/i18n/page"
import { t } from "@/lib/i18n"
import { siteUrl } from "@/lib/site"

// Nothing is rendered at build time (a build must not hold one day's catalogue): each page is
// rendered on its first visit and then served from the cache (lib/medusa/cached.ts).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params)
  const m = t(locale).meta
  return {
    metadataBase: new URL(siteUrl()),
    openGraph: { siteName: "OCOP Market", locale: m.ogLocale, type: "website" },
    title: { default: m.siteTitle, template: "%s · OCOP Market" },
    description: m.siteDescription,
    alternates: { languages: locale === "vi" ? { en: "/en" } : { vi: "/" } },
  }
}

/** The one document for every language: <html lang> comes from the URL's language. */
export default async function Layout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  return <Shell locale={await pageLocale(params)}>{children}</Shell>
}
