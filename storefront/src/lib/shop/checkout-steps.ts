/** The checkout's steps, in order; the page's `?step=` takes one of them. */
export const CHECKOUT_STEPS = ["contact", "address", "shipping", "payment", "review"] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]
