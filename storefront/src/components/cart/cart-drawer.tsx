import Link from "next/link"
import { formatVnd } from "@ocop-market/ocop"
import { paths, t, type Locale } from "@/lib/i18n"
import type { CartPreview } from "@/lib/shop/cart"

/** The header's cart: a drawer that opens in place (a native <details>, so it needs no JavaScript). */
export function CartDrawer({ cart, locale }: { cart: CartPreview; locale: Locale }) {
  const m = t(locale)
  return (
    <details className="group relative" data-testid="cart-drawer">
      <summary
        className="cursor-pointer list-none rounded-md bg-brand-50 px-3 py-1.5 font-semibold text-brand-700"
        data-testid="cart-link"
      >
        {m.cartCount(cart.count)}
      </summary>
      {/* a bottom sheet on phones, a dropdown from sm up */}
      <div className="fixed inset-x-0 bottom-0 z-30 rounded-t-xl border border-stone-200 bg-white p-4 text-sm shadow-2xl sm:absolute sm:inset-x-auto sm:bottom-auto sm:right-0 sm:mt-2 sm:w-80 sm:rounded-lg sm:p-3 sm:shadow-lg">
        {cart.lines.length === 0 ? (
          <p className="mb-2">{m.emptyCart}</p>
        ) : (
          <>
            <ul className="mb-2 max-h-64 divide-y divide-stone-100 overflow-auto whitespace-normal">
              {cart.lines.map((l) => (
                <li key={l.id} className="flex justify-between gap-2 py-1.5">
                  <span>
                    {l.title} × {l.quantity}
                  </span>
                  <span className="whitespace-nowrap font-medium">{formatVnd(l.total)}</span>
                </li>
              ))}
            </ul>
            <p className="mb-3 flex justify-between font-semibold">
              <span>{m.subtotal}</span>
              <span>{formatVnd(cart.subtotal)}</span>
            </p>
          </>
        )}
        <div className="flex gap-2">
          <Link href={paths.cart(locale)} className="flex-1 rounded-md border border-stone-300 px-3 py-2 text-center">
            {m.viewCart}
          </Link>
          {cart.lines.length > 0 && (
            <Link
              href={paths.checkout(locale)}
              className="flex-1 rounded-md bg-brand-700 px-3 py-2 text-center font-semibold text-white"
            >
              {m.checkout}
            </Link>
          )}
        </div>
      </div>
    </details>
  )
}
