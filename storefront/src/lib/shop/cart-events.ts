/** Told in the browser when the cart changed, so the header's cart (a client island) reads it again. */
export const CART_CHANGED_EVENT = "ocop:cart-changed"

export function announceCartChanged() {
  window.dispatchEvent(new Event(CART_CHANGED_EVENT))
}
