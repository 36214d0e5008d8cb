import Link from "next/link"
import { paths, t, type Locale } from "@/lib/i18n"

export function Header({ locale, alternate }: { locale: Locale; alternate: string }) {
  const m = t(locale)
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={paths.home(locale)} className="flex flex-col leading-tight">
          <span className="text-lg font-bold text-brand-700">OCOP Market</span>
          <span className="text-xs text-stone-600">{m.tagline}</span>
        </Link>
        <form action={paths.catalogue(locale)} role="search" className="order-3 w-full sm:order-none sm:w-auto sm:flex-1 sm:max-w-md">
          <label htmlFor="site-search" className="sr-only">{m.search}</label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder={m.searchPlaceholder}
            className="w-full rounded-full border border-stone-300 bg-stone-50 px-4 py-2 text-sm"
          />
        </form>
        <Link href={alternate} hrefLang={locale === "vi" ? "en" : "vi"} className="text-sm text-stone-700 underline">
          {m.switchTo}
        </Link>
      </div>
    </header>
  )
}

export function Footer({ locale }: { locale: Locale }) {
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white">
      <p className="mx-auto max-w-6xl px-4 py-6 text-xs text-stone-600">{t(locale).sampleData}</p>
    </footer>
  )
}
