/**
 * Card payments through Stripe, with Medusa's own Stripe provider and the stripe SDK — pointed at a
 * LOCAL STAND-IN of Stripe's API (tests/support/stripe-standin.ts), because these machines cannot
 * reach api.stripe.com. The stand-in records what the provider sends; webhooks are signed with the
 * stripe SDK's own test helper and the secret the backend was started with.
 */
import Medusa from "@medusajs/js-sdk"
import Stripe from "stripe"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { sql as sqlOn } from "../support/db"
import type { StandinRequest } from "../support/stripe-standin"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
const admin = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
const STRIPE = "pp_stripe_stripe"
const address = {
  first_name: "Lê Văn Minh",
  last_name: "",
  address_1: "8 Trần Phú",
  city: "Phường Hạc Thành",
  province: "Tỉnh Thanh Hóa",
  country_code: "vn",
  phone: "0912345678",
}

let regionId: string
let bottleId: string

async function standin<T>(path: string, method = "GET"): Promise<T> {
  return (await fetch(stack.stripeStandinUrl + path, { method })).json() as Promise<T>
}
const requestsSince = async (n: number) => (await standin<StandinRequest[]>("/_standin/requests")).slice(n)
const requestCount = async () => (await standin<StandinRequest[]>("/_standin/requests")).length

/** A cart with `quantity` bottles of Lê Gia's fish sauce, a Thanh Hóa address and standard shipping. */
async function readyCart(quantity: number) {
  const { cart } = await sdk.store.cart.create({ region_id: regionId, email: "minh@example.vn" })
  await sdk.store.cart.createLineItem(cart.id, { variant_id: bottleId, quantity })
  await sdk.store.cart.update(cart.id, { shipping_address: address, billing_address: address })
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  const standard = shipping_options.find((o) => o.name === "Giao hàng tiêu chuẩn")!
  return (await sdk.store.cart.addShippingMethod(cart.id, { option_id: standard.id })).cart
}

async function payWithStripe(cart: Awaited<ReturnType<typeof readyCart>>) {
  const before = await requestCount()
  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart, { provider_id: STRIPE })
  const session = payment_collection.payment_sessions!.find((s) => s.provider_id === STRIPE)!
  const intentId = (session.data as { id: string }).id
  return { session, intentId, created: (await requestsSince(before)).find((r) => r.path === "/v1/payment_intents")! }
}

function signedWebhook(payload: string, secret: string) {
  return fetch(`${stack.backendUrl}/hooks/payment/stripe_stripe`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret }),
    },
    body: payload,
  })
}

async function orderOfCart(cartId: string): Promise<string | null> {
  const rows = await sql<{ order_id: string }>(
    `select order_id from order_cart where cart_id = $1 and deleted_at is null`,
    [cartId],
  )
  return rows[0]?.order_id ?? null
}

async function eventually<T>(fn: () => Promise<T | null>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = await fn()
    if (v) return v
    if (Date.now() > end) throw new Error("timed out waiting")
    await new Promise((r) => setTimeout(r, 500))
  }
}

beforeAll(async () => {
  await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
  const { regions } = await sdk.store.region.list()
  regionId = regions[0]!.id
  const { products } = await sdk.store.product.list({
    handle: "nuoc-mam-le-gia-cot-dac-biet-40n",
    region_id: regionId,
    fields: "*variants.calculated_price",
  })
  bottleId = products[0]!.variants!.find((v) => v.calculated_price?.calculated_amount === 125000)!.id
})

describe("Stripe card payments (against a local stand-in of Stripe's API)", () => {
  it("is offered beside cash on delivery, bank transfer and VNPay when STRIPE_API_KEY is set", async () => {
    const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId })
    expect(payment_providers.map((p) => p.id).sort()).toEqual([
      "pp_stripe_stripe",
      "pp_system_default",
      "pp_vietqr_vietqr",
      "pp_vnpay_vnpay",
    ])
  })

  it("asks for a PaymentIntent in whole dong (VND has no minor unit), then authorizes, captures and refunds it", async () => {
    const cart = await readyCart(2)
    expect(cart.total).toBe(280000)
    const { intentId, created, session } = await payWithStripe(cart)
    expect(created.body).toMatchObject({
      amount: "280000",
      currency: "vnd",
      capture_method: "manual",
      "metadata[session_id]": session.id,
    })

    // The shopper's card, confirmed in the browser by Stripe.js.
    await standin(`/_standin/confirm/${intentId}`, "POST")
    const result = await sdk.store.cart.complete(cart.id)
    expect(result.type).toBe("order")
    if (result.type !== "order") return
    expect(result.order.total).toBe(280000)

    await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
    const { order } = await admin.admin.order.retrieve(result.order.id, {
      fields: "payment_status,*payment_collections.payments",
    })
    expect(order.payment_status).toBe("authorized")
    const payment = order.payment_collections![0]!.payments![0]!
    expect(payment).toMatchObject({ provider_id: STRIPE, amount: 280000, currency_code: "vnd" })

    const n = await requestCount()
    await admin.admin.payment.capture(payment.id, {})
    expect((await requestsSince(n)).map((r) => `${r.method} ${r.path}`)).toContain(
      `POST /v1/payment_intents/${intentId}/capture`,
    )
    const captured = await admin.admin.order.retrieve(result.order.id, { fields: "payment_status" })
    expect(captured.order.payment_status).toBe("captured")

    const m = await requestCount()
    await admin.admin.payment.refund(payment.id, { amount: 125000 })
    const refund = (await requestsSince(m)).find((r) => r.path === "/v1/refunds")!
    expect(refund.body).toEqual({ amount: "125000", payment_intent: intentId })
    const refunded = await admin.admin.order.retrieve(result.order.id, { fields: "payment_status" })
    expect(refunded.order.payment_status).toBe("partially_refunded")
  }, 60_000)

  it("creates no order when the card was not confirmed, and leaves the cart as it was", async () => {
    const cart = await readyCart(1)
    await payWithStripe(cart) // the shopper never confirms the card
    const result = await sdk.store.cart.complete(cart.id).catch((e: Error) => ({ type: "error", error: e }))
    expect(result.type).not.toBe("order")
    expect(await orderOfCart(cart.id)).toBeNull()
    const { cart: after } = await sdk.store.cart.retrieve(cart.id)
    expect(after.completed_at ?? null).toBeNull()
    expect(after.items!.map((i) => i.quantity)).toEqual([1])
    expect(after.total).toBe(155000)
  }, 60_000)

  it("completes the order from a signed webhook, refuses a bad signature, and a replay changes nothing", async () => {
    const cart = await readyCart(1)
    const { intentId } = await payWithStripe(cart)
    const intent = await standin<Record<string, unknown>>(`/_standin/confirm/${intentId}`, "POST")
    // The shopper paid, then closed the browser: only Stripe's webhook tells the shop.
    const payload = JSON.stringify({
      id: "evt_ocop_capturable_1",
      object: "event",
      type: "payment_intent.amount_capturable_updated",
      created: Math.floor(Date.now() / 1000),
      data: { object: intent },
    })

    const forged = await signedWebhook(payload, "whsec_not_the_shops_secret")
    expect(forged.status).toBe(400)
    expect(await forged.text()).toMatch(/stripe-signature/)
    const unsigned = await fetch(`${stack.backendUrl}/hooks/payment/stripe_stripe`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: payload,
    })
    expect(unsigned.status).toBe(400)

    const accepted = await signedWebhook(payload, stack.stripeWebhookSecret)
    expect(accepted.status).toBe(200)
    const orderId = await eventually(() => orderOfCart(cart.id))
    // the order row comes first; its payment is recorded by the same workflow a moment later
    const order = await eventually(async () => {
      const { order } = await admin.admin.order.retrieve(orderId, {
        fields: "total,payment_status,*payment_collections.payments",
      })
      return order.payment_status === "authorized" ? order : null
    })
    expect(order).toMatchObject({ total: 155000, payment_status: "authorized" })

    // Stripe delivers at least once: the same event again leaves one order with one payment.
    const replay = await signedWebhook(payload, stack.stripeWebhookSecret)
    expect(replay.status).toBe(200)
    await new Promise((r) => setTimeout(r, 8_000)) // Medusa processes webhooks 5 s after receipt
    const orders = await sql(`select order_id from order_cart where cart_id = $1 and deleted_at is null`, [cart.id])
    expect(orders).toHaveLength(1)
    const after = await admin.admin.order.retrieve(orderId, { fields: "payment_status,*payment_collections.payments" })
    expect(after.order.payment_status).toBe("authorized")
    expect(after.order.payment_collections!.flatMap((c) => c.payments ?? [])).toHaveLength(1)
  }, 60_000)
})
