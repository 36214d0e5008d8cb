/**
 * VNPay (packages/medusa-payment-vnpay, backend/src/workflows/vnpay-ipn.ts), against a LOCAL
 * STAND-IN of VNPay's servers (tests/support/vnpay-standin.ts: these machines cannot reach VNPay),
 * written from VNPay's documentation with its own checksum code. The stand-in plays the shopper
 * paying on VNPay's page and calls the shop's IPN as VNPay does; the shop's code path is the one
 * production runs.
 */
import Medusa from "@medusajs/js-sdk"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { adminToken } from "../../tests/support/admin"
import { mostStockedPack, sql as sqlOn } from "../../tests/support/db"
import { apiCall } from "../../tests/support/http"
import { signVnpayQuery, vnpayResult, type VnpayStandinRecord } from "../../tests/support/vnpay-standin"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
const VNPAY = "pp_vnpay_vnpay"
const standin = <T>(path: string) => fetch(stack.vnpay.standinUrl + path).then((r) => r.json() as Promise<T>)
const ipn = (query: Record<string, string>) =>
  fetch(`${stack.backendUrl}/hooks/vnpay/ipn?${new URLSearchParams(query)}`).then((r) => r.json())
const orderOfCart = async (cartId: string) =>
  (
    await sql<{ order_id: string }>(`select order_id from order_cart where cart_id = $1 and deleted_at is null`, [
      cartId,
    ])
  )[0]?.order_id

let variantId = ""
let admin = ""
beforeAll(async () => {
  variantId = (await mostStockedPack(stack.databaseUrl)).variant_id
  admin = await adminToken(stack)
})

/** A cart ready to pay with VNPay: its id, total and the payment URL the shopper is sent to. */
async function vnpayCart() {
  const { regions } = await sdk.store.region.list()
  const { cart } = await sdk.store.cart.create({ region_id: regions[0]!.id, email: "vnpay@example.vn" })
  await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity: 1 })
  await sdk.store.cart.update(cart.id, {
    shipping_address: {
      first_name: "Khách VNPay",
      last_name: "",
      address_1: "5 Lê Lợi",
      city: "Phường Hạc Thành",
      province: "Tỉnh Thanh Hóa",
      country_code: "vn",
      phone: "0912345678",
    },
  })
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  const { cart: ready } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: shipping_options[0]!.id })
  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(ready, {
    provider_id: VNPAY,
    data: { client_ip: "203.113.1.9" },
  })
  const session = payment_collection.payment_sessions!.find((s) => s.provider_id === VNPAY)!
  return { id: cart.id, total: Number(ready.total), url: new URL(String(session.data.payment_url)) }
}

describe("paying with VNPay", () => {
  it("is offered, and sends the shopper to a payment URL for dong × 100, signed HMAC-SHA512", async () => {
    const { regions } = await sdk.store.region.list()
    const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regions[0]!.id })
    expect(payment_providers.map((p) => p.id)).toContain(VNPAY)
    const cart = await vnpayCart()
    const q = Object.fromEntries(cart.url.searchParams)
    expect(cart.url.origin).toBe(stack.vnpay.standinUrl)
    expect(q).toMatchObject({
      vnp_Amount: String(cart.total * 100),
      vnp_TmnCode: stack.vnpay.tmnCode,
      vnp_IpAddr: "203.113.1.9",
    })
    expect(q.vnp_ReturnUrl).toMatch(/\/thanh-toan\/vnpay$/)
    expect(q.vnp_SecureHash).toBe(signVnpayQuery(stack.vnpay.hashSecret, q))
  })

  it("is not paid by the shopper's return, only by VNPay's IPN, which completes the cart once", async () => {
    const cart = await vnpayCart()
    // the shop's own complete before VNPay has said anything: no order
    const early = await fetch(`${stack.backendUrl}/store/carts/${cart.id}/complete`, {
      method: "POST",
      headers: { "x-publishable-api-key": stack.publishableKey },
    })
    expect(early.status).toBeLessThan(500)
    expect(await orderOfCart(cart.id)).toBeUndefined()

    const pay = Object.fromEntries(cart.url.searchParams) as never
    // IPN calls that VNPay would never make: a bad checksum, an unknown payment, a wrong amount
    const forged = { ...vnpayResult(stack.vnpay.hashSecret, pay), vnp_SecureHash: "00".repeat(64) }
    expect(await ipn(forged)).toEqual({ RspCode: "97", Message: "Invalid signature" })
    expect(await ipn(vnpayResult("khong-phai-bi-mat", pay))).toMatchObject({ RspCode: "97" })
    expect(
      await ipn(vnpayResult(stack.vnpay.hashSecret, { ...(pay as object), vnp_TxnRef: "OCOPKHONGCO" } as never)),
    ).toEqual({
      RspCode: "01",
      Message: "Order not found",
    })
    expect(await ipn(vnpayResult(stack.vnpay.hashSecret, pay, { amount: cart.total * 100 - 100 }))).toEqual({
      RspCode: "04",
      Message: "Invalid amount",
    })
    expect(await orderOfCart(cart.id)).toBeUndefined()

    // the shopper pays on VNPay's page: VNPay calls the IPN, then sends the browser back
    const seen = (await standin<VnpayStandinRecord[]>("/_standin/requests")).length
    const page = await fetch(cart.url, { redirect: "manual" })
    expect(page.status).toBe(302)
    expect(page.headers.get("location")).toMatch(/\/thanh-toan\/vnpay\?.*vnp_ResponseCode=00/)
    const calls = (await standin<VnpayStandinRecord[]>("/_standin/requests")).slice(seen)
    const call = calls.find((c) => c.kind === "ipn")!
    expect(call.body.answer).toEqual({ RspCode: "00", Message: "Confirm Success" })
    const orderId = await orderOfCart(cart.id)
    expect(orderId).toBeDefined()
    const order = await apiCall(stack.backendUrl, "GET", `/admin/orders/${orderId}?fields=payment_status,total`, admin)
    expect(order.body.order).toMatchObject({ payment_status: "captured", total: cart.total })

    // VNPay calling again (it does, until it hears one of its codes): answered before, nothing more
    expect(await ipn((call.body as { query: Record<string, string> }).query)).toEqual({
      RspCode: "02",
      Message: "Order already confirmed",
    })
    const orders = await sql(`select order_id from order_cart where cart_id = $1 and deleted_at is null`, [cart.id])
    expect(orders).toHaveLength(1)
  })

  it("refunds through VNPay's refund API, and shows VNPay's own record to the admin", async () => {
    const cart = await vnpayCart()
    await fetch(cart.url, { redirect: "manual" })
    const orderId = (await orderOfCart(cart.id))!
    const [payment] = await sql<{ id: string }>(
      `select p.id from payment p join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id
        where opc.order_id = $1`,
      [orderId],
    )
    const seen = (await standin<VnpayStandinRecord[]>("/_standin/requests")).length
    const refund = await apiCall(stack.backendUrl, "POST", `/admin/payments/${payment!.id}/refund`, admin, {
      amount: 30000,
    })
    expect(refund.status, refund.text).toBe(200)
    const sent = (await standin<VnpayStandinRecord[]>("/_standin/requests"))
      .slice(seen)
      .find((r) => r.kind === "refund")!
    expect(sent.body).toMatchObject({
      vnp_Amount: 3_000_000,
      vnp_TransactionType: "03",
      vnp_TmnCode: stack.vnpay.tmnCode,
    })
    const refunded = await sql<{ n: number }>(
      `select coalesce(sum(amount), 0)::float8 as n from refund where payment_id = $1`,
      [payment!.id],
    )
    expect(refunded[0]!.n).toBe(30000)

    const status = await apiCall(stack.backendUrl, "GET", `/admin/ocop/orders/${orderId}/vnpay`, admin)
    expect(status.status, status.text).toBe(200)
    expect(status.body.vnpay).toMatchObject({
      verified: true,
      response_code: "00",
      transaction_status: "00",
      amount: cart.total,
    })
    expect(status.body.shop.refunds).toHaveLength(1)
  })

  it("records a payment the shopper abandoned on VNPay's page, and makes no order", async () => {
    const cart = await vnpayCart()
    await standin("/_standin/next?outcome=failed")
    const page = await fetch(cart.url, { redirect: "manual" })
    expect(page.headers.get("location")).toMatch(/vnp_ResponseCode=24/)
    const [session] = await sql<{ data: { failed?: { response_code: string } } }>(
      `select data from payment_session where provider_id = $1 and data->>'txn_ref' = $2`,
      [VNPAY, cart.url.searchParams.get("vnp_TxnRef")],
    )
    expect(session!.data.failed?.response_code).toBe("24")
    expect(await orderOfCart(cart.id)).toBeUndefined()
  })
})
