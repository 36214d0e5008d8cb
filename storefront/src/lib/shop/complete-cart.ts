import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { backendFetch, retryIfCartBusy } from "@/lib/api/backend"
import { shopperHeaders } from "@/lib/api/shopper"
import { getCustomerToken, rememberOrder } from "./session"

/**
 * The cart made an order (or, completed already, the order it made): its id, with the order's
 * access token kept for this browser — only it (and the customer) may see the order. A payment not
 * authorized: what the backend said.
 */
export async function completeCart(cartId: string): Promise<{ orderId: string } | { error: string }> {
  const [token, shopper] = await Promise.all([getCustomerToken(), shopperHeaders()])
  const result = await retryIfCartBusy(() =>
    backendFetch<HttpTypes.StoreCompleteCartResponse & { order_token?: string }>(`/store/carts/${cartId}/complete`, {
      body: {},
      store: true,
      token,
      headers: shopper,
    }),
  )
  if (result.type !== "order") return { error: result.error?.message ?? "" }
  if (result.order_token) await rememberOrder(result.order.id, result.order_token)
  return { orderId: result.order.id }
}
