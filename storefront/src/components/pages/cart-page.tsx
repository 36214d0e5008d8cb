import Link from "next/link"
import { CartLines, CartSummary } from "@/components/cart/cart-summary"
import { LineForm } from "@/components/cart/line-form"
import { PromoCodeForm } from "@/components/cart/promo-code-form"
import { Page } from "@/components/layout/shell"
import { paths, t, type Locale } from "@/lib/i18n"
import { loadCart } from "@/lib/shop/cart"

export async function CartPage({ locale }: { locale: Locale }) {
  const m = t(locale)
  const { cart, removed } = await loadCart(locale)
  return (
    <Page locale={locale} alternate={paths.cart(locale === "vi" ? "en" : "vi")}>
      <h1 className="mb-4 text-2xl font-bold">{m.cart}</h1>
      {removed.length > 0 && (
        <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {m.removedLines(removed.join(", "))}
        </p>
      )}
      {!cart || cart.lines.length === 0 ? (
        <div className="rounded-lg border border-stone-200 bg-white p-6">
          <p className="mb-3">{m.emptyCart}</p>
          <Link href={paths.catalogue(locale)} className="font-semibold text-brand-700 underline">
            {m.continueShopping}
          </Link>
        </div>
      ) : (
        <div className="grid gap-6 md:grid-cols-[1fr_20rem]">
          <CartLines
            cart={cart}
            locale={locale}
            edit={(line) => (
              <LineForm
                lineId={line.id}
                quantity={line.quantity}
                labels={{ quantity: m.quantity, update: m.update, remove: m.remove, title: line.title }}
              />
            )}
          />
          <aside className="flex h-fit flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
            <CartSummary cart={cart} locale={locale} />
            <PromoCodeForm
              codes={cart.codes}
              labels={{ label: m.promo.label, apply: m.promo.apply, remove: m.promo.remove, applied: m.promo.applied }}
            />
            <Link
              href={paths.checkout(locale)}
              className="rounded-md bg-brand-700 px-4 py-2.5 text-center font-semibold text-white hover:bg-brand-600"
            >
              {m.checkout}
            </Link>
          </aside>
        </div>
      )}
    </Page>
  )
}
