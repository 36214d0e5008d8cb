/**
 * Mails about an order (backend/src/mail/order-mails.ts, Notification Module — the local provider
 * keeps them in the database here): the shopper's confirmation with lines, total and how to pay;
 * each producer's staff gets only their own lines and the delivery address; the shopper is told
 * when a line is shipped, with the carrier and tracking number the producer entered — which the order's
 * shipments route then shows.
 */
import Medusa from "@medusajs/js-sdk"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { adminToken } from "../../tests/support/admin"
import { latestMail } from "../../tests/support/customer"
import { apiCall } from "../../tests/support/http"
import { producerAccount } from "../../tests/support/producer"

const stack = inject("stack")
const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
const stamp = Date.now()
const shopper = `thu.don.${stamp}@example.vn`
const staffEmail = `nhan.vien.legia.${stamp}@legia.vn`
let order: { id: string; display_id: number; token: string; lines: { id: string; product_id: string }[] }
let staff: { token: string }
let legiaProduct = ""

async function packOf(handle: string) {
  const { regions } = await sdk.store.region.list()
  const { products } = await sdk.store.product.list({
    handle,
    region_id: regions[0]!.id,
    fields: "id,+producer.id,*variants",
  })
  return {
    productId: products[0]!.id,
    producerId: (products[0] as any).producer.id as string,
    variantId: products[0]!.variants![0]!.id,
  }
}

beforeAll(async () => {
  const admin = await adminToken(stack)
  const legia = await packOf("mam-tom-le-gia")
  const other = await packOf("che-lam-phu-quang")
  expect(other.producerId).not.toBe(legia.producerId)
  legiaProduct = legia.productId
  staff = await producerAccount(stack.backendUrl, admin, legia.producerId, staffEmail)

  const { regions } = await sdk.store.region.list()
  const { cart } = await sdk.store.cart.create({ region_id: regions[0]!.id, email: shopper })
  await sdk.store.cart.createLineItem(cart.id, { variant_id: legia.variantId, quantity: 1 })
  await sdk.store.cart.createLineItem(cart.id, { variant_id: other.variantId, quantity: 2 })
  await sdk.store.cart.update(cart.id, {
    shipping_address: {
      first_name: "Hà Thị Thu",
      last_name: "",
      address_1: "14 Lê Hoàn",
      city: "Phường Hạc Thành",
      province: "Tỉnh Thanh Hóa",
      country_code: "vn",
      phone: "0913555666",
    },
  })
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  const { cart: ready } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: shipping_options[0]!.id })
  await sdk.store.payment.initiatePaymentSession(ready, { provider_id: "pp_system_default" })
  const done = await fetch(`${stack.backendUrl}/store/carts/${cart.id}/complete`, {
    method: "POST",
    headers: { "x-publishable-api-key": stack.publishableKey },
  }).then((r) => r.json() as Promise<any>)
  order = {
    id: done.order.id,
    display_id: done.order.display_id,
    token: done.order_token,
    lines: done.order.items.map((i: any) => ({ id: i.id, product_id: i.product_id })),
  }
}, 120_000)

describe("mails about an order", () => {
  it("tell the shopper what was ordered, the total and how to pay", async () => {
    const mail = await latestMail(stack.databaseUrl, shopper, "order-placed")
    expect(mail.subject).toBe(`OCOP Market: đã nhận đơn hàng #${order.display_id}`)
    const text = mail.lines.join("\n")
    expect(text).toContain("Mắm tôm Lê Gia")
    expect(text).toMatch(/Chè lam .* × 2/)
    expect(text).toContain("Thanh toán khi nhận hàng")
    expect(text).toMatch(new RegExp(`/don-hang/${order.id}`))
  })

  it("tell the producer's staff their own lines and where to ship, and nothing else of the order", async () => {
    const mail = await latestMail(stack.databaseUrl, staffEmail, "producer-new-order")
    const text = mail.lines.join("\n")
    expect(text).toContain("Mắm tôm Lê Gia")
    expect(text).not.toContain("Chè lam")
    expect(text).toContain("Hà Thị Thu · 0913555666 · 14 Lê Hoàn, Phường Hạc Thành, Tỉnh Thanh Hóa")
    expect(text).not.toContain(shopper)
  })

  it("tell the shopper a line was shipped, with its tracking number, which the order's page then shows", async () => {
    const line = order.lines.find((l) => l.product_id === legiaProduct)!
    const ship = (body: unknown) =>
      apiCall(stack.backendUrl, "POST", `/producer/orders/${order.id}/lines/${line.id}/ship`, staff.token, body)
    // a carrier not offered, or a parcel carrier without its tracking number: said at the field, nothing shipped
    const unknown = await ship({ carrier: "pony_express", tracking_number: "VTP123456789" })
    expect(unknown.status).toBe(400)
    expect(unknown.body).toMatchObject({ code: "carrier_unknown", field: "carrier" })
    const untracked = await ship({ carrier: "viettel_post", tracking_number: " " })
    expect(untracked.status).toBe(400)
    expect(untracked.body).toMatchObject({ code: "tracking_number_required", field: "tracking_number" })

    const shipped = await ship({ carrier: "viettel_post", tracking_number: "VTP123456789" })
    expect(shipped.status, shipped.text).toBe(200)
    const mail = await latestMail(stack.databaseUrl, shopper, "order-shipped")
    expect(mail.lines.join("\n")).toContain("Đơn vị vận chuyển: Viettel Post")
    expect(mail.lines.join("\n")).toContain("Mã vận đơn: VTP123456789")
    expect(mail.lines.join("\n")).toContain("Mắm tôm Lê Gia × 1")

    const seen = await fetch(`${stack.backendUrl}/store/ocop/orders/${order.id}/shipments`, {
      headers: { "x-publishable-api-key": stack.publishableKey, "x-order-token": order.token },
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }))
    expect(seen.status).toBe(200)
    expect(seen.body.shipments).toEqual([
      { line_id: line.id, shipped_at: expect.any(String), tracking_numbers: ["VTP123456789"], carrier: "viettel_post" },
    ])
    // as private as the order
    const stranger = await fetch(`${stack.backendUrl}/store/ocop/orders/${order.id}/shipments`, {
      headers: { "x-publishable-api-key": stack.publishableKey },
    })
    expect(stranger.status).toBe(404)
  })
})
