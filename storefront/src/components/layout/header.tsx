import Link from "next/link"
import { SearchBox } from "@/components/search/search-box"
import { paths, t, type Locale } from "@/lib/i18n"
import { CartDrawer } from "@/components/cart/cart-drawer"

export function Header({ locale, alternate }: { locale: Locale; alternate: string }) {
  const m = t(locale)
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={paths.home(locale)} className="flex flex-col leading-tight">
          <span className="text-lg font-bold text-brand-700">OCOP Market</span>
          <span className="text-xs text-stone-600">{m.tagline}</span>
        </Link>
        <SearchBox
          action={paths.catalogue(locale)}
          productPath={paths.catalogue(locale)}
          label={m.search}
          placeholder={m.searchPlaceholder}
        />
        <nav className="flex flex-wrap items-center gap-x-3 gap-y-1 whitespace-nowrap text-sm" aria-label={m.account}>
          <Link href={paths.campaigns(locale)} className="text-stone-700 underline">
            {m.campaigns}
          </Link>
          <Link href={paths.statistics(locale)} className="text-stone-700 underline">
            {m.statistics}
          </Link>
          <Link href={paths.account(locale)} className="text-stone-700 underline">
            {m.account}
          </Link>
          <CartDrawer
            labels={{
              cart: m.cart,
              emptyCart: m.emptyCart,
              subtotal: m.subtotal,
              viewCart: m.viewCart,
              checkout: m.checkout,
            }}
            cartPath={paths.cart(locale)}
            checkoutPath={paths.checkout(locale)}
          />
          <Link href={alternate} hrefLang={locale === "vi" ? "en" : "vi"} className="text-stone-700 underline">
            {m.switchTo}
          </Link>
        </nav>
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
