import { hasLocale } from "next-intl"
import { NextResponse, type NextRequest } from "next/server"
import { routing } from "@/i18n/routing"
import { paths } from "@/lib/i18n"
import { medusa } from "@/lib/medusa"
import { completeCart } from "@/lib/shop/complete-cart"
import { clearCartId, getCartId } from "@/lib/shop/session"

const WAIT_FOR_IPN_MS = 8000

/**
 * Where VNPay sends the shopper back. It only shows the result: VNPay's IPN, server to server, is
 * what pays the order and completes the cart. Paid: the order's page (its token kept for this
 * browser). Not paid: back to the payment step, saying so. Not yet known: the review step, saying
 * VNPay has not confirmed yet.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: asked } = await params
  const locale = hasLocale(routing.locales, asked) ? asked : routing.defaultLocale
  const to = (path: string) => NextResponse.redirect(new URL(path, req.url), 303)
  const cartId = await getCartId()
  if (!cartId) return to(paths.account(locale))
  const code = req.nextUrl.searchParams.get("vnp_ResponseCode")
  if (code && code !== "00") return to(`${paths.checkout(locale, "payment")}&vnpay=failed`)
  for (const started = Date.now(); Date.now() - started < WAIT_FOR_IPN_MS;) {
    const { cart } = await medusa().store.cart.retrieve(cartId, { fields: "id,completed_at" })
    if (cart.completed_at) {
      const done = await completeCart(cartId) // completed already: the order it made
      if ("orderId" in done) {
        await clearCartId()
        return to(paths.order(locale, done.orderId))
      }
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return to(`${paths.checkout(locale, "review")}&vnpay=pending`)
}
