import { drawingInLanguage, formatVnd } from "@ocop-market/ocop"
import type { CartView } from "@/lib/medusa/cart"
import { t, type Locale } from "@/lib/i18n"

/** Subtotal, shipping, discount and total, in VND. */
export function CartSummary({ cart, locale }: { cart: CartView; locale: Locale }) {
  const m = t(locale)
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-y-1 text-sm" data-testid="cart-summary">
      <dt>{m.subtotal}</dt>
      <dd className="text-right">{formatVnd(cart.subtotal)}</dd>
      {cart.shippingOptionId && (
        <>
          <dt>{m.shippingFee}</dt>
          <dd className="text-right">{formatVnd(cart.shipping)}</dd>
        </>
      )}
      {cart.discount > 0 && (
        <>
          <dt>{cart.codes.length ? `${m.discount} (${cart.codes.join(", ")})` : m.discount}</dt>
          <dd className="text-right text-leaf-700">−{formatVnd(cart.discount)}</dd>
        </>
      )}
      <dt className="mt-2 border-t border-stone-200 pt-2 text-base font-semibold">{m.total}</dt>
      <dd className="mt-2 border-t border-stone-200 pt-2 text-right text-base font-semibold" data-testid="cart-total">
        {formatVnd(cart.total)}
      </dd>
    </dl>
  )
}

/** The lines, read-only (checkout) or editable (cart page). */
export function CartLines({
  cart,
  locale,
  edit,
}: {
  cart: CartView
  locale: Locale
  edit?: (line: CartView["lines"][number]) => React.ReactNode
}) {
  const m = t(locale)
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label={m.items}>
      {cart.lines.map((line) => (
        <li key={line.id} className="flex flex-wrap items-center gap-3 p-3" data-testid="cart-line">
          {line.thumbnail && (
            // eslint-disable-next-line @next/next/no-img-element -- local images
            <img
              src={drawingInLanguage(line.thumbnail, locale)}
              alt=""
              width={64}
              height={48}
              className="h-12 w-16 rounded object-cover"
            />
          )}
          <div className="min-w-0 flex-1">
            <p className="font-medium">{line.title}</p>
            <p className="text-sm text-stone-600">
              {line.variantTitle ? `${line.variantTitle} · ` : ""}
              {formatVnd(line.unitPrice)} × {line.quantity}
            </p>
            {line.discount > 0 && (
              <p className="text-sm text-leaf-700" data-testid="line-saving">
                {m.lineSaving(formatVnd(line.discount), line.codes)}
              </p>
            )}
          </div>
          {edit?.(line)}
          <p className="w-28 text-right font-semibold">{formatVnd(line.total)}</p>
        </li>
      ))}
    </ul>
  )
}
