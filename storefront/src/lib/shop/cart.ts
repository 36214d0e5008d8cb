import "server-only"
import { medusa } from "@/lib/medusa"
import { CART_FIELDS, type CartView, retrieveCart, toCartView, unavailableLines } from "@/lib/medusa/cart"
import { getCartId } from "./session"
import { cartLocale, type ShopLocale } from "@ocop-market/ocop"
import type { HttpTypes } from "@medusajs/types"
import { backendFetch, retryIfCartBusy } from "@/lib/api/backend"

/**
 * A cart read or added to on a page in another language than the cart's is moved to that language:
 * Medusa rewrites its lines' names from the translations. Answers the cart as it is then.
 */
export async function keepCartLanguage(cart: HttpTypes.StoreCart, locale: ShopLocale): Promise<HttpTypes.StoreCart> {
  const want = cartLocale(locale)
  // the cart carries its locale (Medusa 2.12+); the store types do not name it yet
  if ((cart as { locale?: string | null }).locale === want) return cart
  const path = `/store/carts/${encodeURIComponent(cart.id)}?fields=${encodeURIComponent(CART_FIELDS)}`
  const { cart: moved } = await retryIfCartBusy(() =>
    backendFetch<{ cart: HttpTypes.StoreCart }>(path, { body: { locale: want }, store: true }),
  )
  return moved
}

/**
 * The shopper's open cart for the cart and checkout pages. Lines whose product is no longer sold
 * are taken out here (Medusa would refuse to complete the cart), and their titles returned so the
 * page can say what happened; the rest of the cart carries on.
 */
export async function loadCart(locale: ShopLocale): Promise<{ cart: CartView | null; removed: string[] }> {
  const id = await getCartId()
  if (!id) return { cart: null, removed: [] }
  const client = medusa()
  let cart = await retrieveCart(client, id)
  if (!cart || cart.completed_at) return { cart: null, removed: [] }
  cart = await keepCartLanguage(cart, locale)
  const gone = unavailableLines(cart)
  // Each deletion answers with the cart as it is now. (Retrieving it again would hand back the first
  // answer: Next memoizes identical GET requests within one render.)
  for (const item of gone) {
    cart = (await client.store.cart.deleteLineItem(cart.id, item.id, { fields: CART_FIELDS })).parent as typeof cart
  }
  return { cart: toCartView(cart), removed: gone.map((i) => i.product_title ?? i.title) }
}

export type CartPreview = {
  count: number
  subtotal: number
  lines: { id: string; title: string; quantity: number; total: number }[]
}

/** What the header's cart drawer shows; never fails the page. */
export async function cartPreview(): Promise<CartPreview> {
  const empty = { count: 0, subtotal: 0, lines: [] }
  const id = await getCartId()
  if (!id) return empty
  const { cart } = await medusa()
    .store.cart.retrieve(id, {
      fields:
        "id,completed_at,item_total,items.id,items.product_title,items.title,items.quantity,items.total,items.created_at",
    })
    .catch(() => ({ cart: null }))
  if (!cart || cart.completed_at) return empty
  const items = [...(cart.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  return {
    count: items.reduce((n, i) => n + i.quantity, 0),
    subtotal: Number(cart.item_total ?? 0),
    lines: items.map((i) => ({
      id: i.id,
      title: i.product_title ?? i.title,
      quantity: i.quantity,
      total: Number(i.total ?? 0),
    })),
  }
}
