"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { useEffect, useState } from "react"
import { formatVnd } from "@ocop-market/ocop"
import type { Messages } from "@/lib/i18n"
import type { CartPreview } from "@/lib/shop/cart"
import { CART_CHANGED_EVENT } from "@/lib/shop/cart-events"

type Labels = Pick<Messages, "cart" | "emptyCart" | "subtotal" | "viewCart" | "checkout">

/**
 * The header's cart: a drawer that opens in place (a native <details>). Pages are cached and shared,
 * so the visitor's cart is read here, in the browser (GET /api/cart), after each page and change.
 */
export function CartDrawer({
  labels,
  cartPath,
  checkoutPath,
}: {
  labels: Labels
  cartPath: string
  checkoutPath: string
}) {
  const [cart, setCart] = useState<CartPreview | null>(null)
  const pathname = usePathname()
  useEffect(() => {
    let current = true
    const load = () =>
      fetch("/api/cart", { cache: "no-store" })
        .then((r) => (r.ok ? (r.json() as Promise<CartPreview>) : null))
        .then((c) => current && c && setCart(c))
        .catch(() => undefined)
    void load()
    window.addEventListener(CART_CHANGED_EVENT, load)
    return () => {
      current = false
      window.removeEventListener(CART_CHANGED_EVENT, load)
    }
  }, [pathname])
  const lines = cart?.lines ?? []
  return (
    <details className="group relative" data-testid="cart-drawer">
      <summary
        className="cursor-pointer list-none rounded-md bg-brand-50 px-3 py-1.5 font-semibold text-brand-700"
        data-testid="cart-link"
      >
        {cart ? `${labels.cart} (${cart.count})` : labels.cart}
      </summary>
      {/* a bottom sheet on phones, a dropdown from sm up */}
      <div className="fixed inset-x-0 bottom-0 z-30 rounded-t-xl border border-stone-200 bg-white p-4 text-sm shadow-2xl sm:absolute sm:inset-x-auto sm:bottom-auto sm:right-0 sm:mt-2 sm:w-80 sm:rounded-lg sm:p-3 sm:shadow-lg">
        {lines.length === 0 ? (
          <p className="mb-2">{labels.emptyCart}</p>
        ) : (
          <>
            <ul className="mb-2 max-h-64 divide-y divide-stone-100 overflow-auto whitespace-normal">
              {lines.map((l) => (
                <li key={l.id} className="flex justify-between gap-2 py-1.5">
                  <span>
                    {l.title} × {l.quantity}
                  </span>
                  <span className="whitespace-nowrap font-medium">{formatVnd(l.total)}</span>
                </li>
              ))}
            </ul>
            <p className="mb-3 flex justify-between font-semibold">
              <span>{labels.subtotal}</span>
              <span>{formatVnd(cart!.subtotal)}</span>
            </p>
          </>
        )}
        <div className="flex gap-2">
          <Link href={cartPath} className="flex-1 rounded-md border border-stone-300 px-3 py-2 text-center">
            {labels.viewCart}
          </Link>
          {lines.length > 0 && (
            <Link
              href={checkoutPath}
              className="flex-1 rounded-md bg-brand-700 px-3 py-2 text-center font-semibold text-white"
            >
              {labels.checkout}
            </Link>
          )}
        </div>
      </div>
    </details>
  )
}
