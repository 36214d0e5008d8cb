/**
 * One guest purchase through the store API, as the storefront makes it: a cart in the first
 * region, one pack, a Thanh Hóa address, the cheapest shipping option, cash on delivery (or the
 * provider given), complete.
 * Each step can be timed (bench:load); the tests use it to place orders (tests/support/shop.ts).
 */
import Medusa from "@medusajs/js-sdk"

export const PURCHASE_STEPS = ["cart", "add", "address", "shipping", "payment", "complete"] as const
export type PurchaseStep = (typeof PURCHASE_STEPS)[number]

export type PurchaseOptions = {
  quantity?: number
  email?: string
  street?: string
  /** The payment provider (cash on delivery unless told: pp_vietqr_vietqr, pp_stripe_stripe…). */
  providerId?: string
  onCart?: (cartId: string) => void
  onStep?: (step: PurchaseStep, ms: number) => void
}

type Stack = { backendUrl: string; publishableKey: string }

function timedSteps(onStep?: PurchaseOptions["onStep"]) {
  return async <T>(name: PurchaseStep, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now()
    try {
      const value = await run()
      onStep?.(name, performance.now() - t0)
      return value
    } catch (err) {
      // the step in the message, the HTTP status kept (a 503 is not a 500)
      const status = (err as { status?: number }).status
      throw Object.assign(new Error(`${name}: ${(err as Error).message}`, { cause: err }), { status })
    }
  }
}

/** Every step but the last: the cart's id, ready to complete. */
export async function readyCart(
  stack: Stack,
  variantId: string,
  {
    quantity = 1,
    email = "khach@example.vn",
    street = "1 Lê Lợi",
    providerId = "pp_system_default",
    onCart,
    onStep,
  }: PurchaseOptions = {},
): Promise<string> {
  const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
  const step = timedSteps(onStep)
  const cart = await step("cart", async () => {
    const { regions } = await sdk.store.region.list()
    return (await sdk.store.cart.create({ region_id: regions[0]!.id, email })).cart
  })
  onCart?.(cart.id)
  await step("add", () => sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }))
  const address = {
    first_name: "Khách",
    last_name: "",
    address_1: street,
    city: "Phường Hạc Thành",
    province: "Tỉnh Thanh Hóa",
    country_code: "vn",
    phone: "0912345678",
  }
  await step("address", () => sdk.store.cart.update(cart.id, { shipping_address: address }))
  const ready = await step("shipping", async () => {
    const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
    const cheapest = [...shipping_options].sort((a, b) => Number(a.amount) - Number(b.amount))[0]!
    return (await sdk.store.cart.addShippingMethod(cart.id, { option_id: cheapest.id })).cart
  })
  await step("payment", () => sdk.store.payment.initiatePaymentSession(ready, { provider_id: providerId }))
  return cart.id
}

/** Places the order and returns its id; throws, naming the step, when any step fails. */
export async function buyWithCashOnDelivery(stack: Stack, variantId: string, options: PurchaseOptions = {}) {
  const cartId = await readyCart(stack, variantId, options)
  const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
  return timedSteps(options.onStep)("complete", async () => {
    const done = await sdk.store.cart.complete(cartId)
    if (done.type !== "order") throw new Error(`the cart did not become an order: ${done.error?.message ?? ""}`)
    return done.order.id
  })
}
