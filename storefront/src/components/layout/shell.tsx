import type { ReactNode } from "react"
import type { Locale } from "@/lib/i18n"
import { Footer, Header } from "./header"
import "../../app/globals.css"

/** The document, in the language of the URL (app/[locale]/layout.tsx), so <html lang> is right. */
export function Shell({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  )
}

export function Page({ locale, alternate, children }: { locale: Locale; alternate: string; children: ReactNode }) {
  return (
    <>
      <Header locale={locale} alternate={alternate} />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      <Footer locale={locale} />
    </>
  )
}
