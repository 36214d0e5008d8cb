/**
 * The store API as a storefront uses it, through @medusajs/js-sdk, against a Medusa booted on a
 * fresh, migrated and seeded database (tests/support/global-setup.ts).
 */
import Medusa from "@medusajs/js-sdk"
import { sql as sqlOn } from "../../tests/support/db"
import { beforeAll, describe, expect, inject, it } from "vitest"

const stack = inject("stack")
const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })

const FISH_SAUCE = "nuoc-mam-le-gia-cot-dac-biet-40n"
const address = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Lê Lợi",
  city: "Phường Hạc Thành",
  province: "Thanh Hóa",
  country_code: "vn",
  phone: "0912345678",
}

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)

let regionId: string

/** Bottles of Lê Gia's fish sauce held by orders (reservations). */
async function reservedBottles(): Promise<number> {
  const [row] = await sql<{ quantity: string | null }>(
    `select sum(r.quantity) as quantity from reservation_item r
       join inventory_item i on i.id = r.inventory_item_id where i.sku = 'TH-OCOP-001-1' and r.deleted_at is null`,
  )
  return Number(row!.quantity ?? 0)
}

beforeAll(async () => {
  const { regions } = await sdk.store.region.list()
  const vn = regions.find((r) => r.countries?.some((c) => c.iso_2 === "vn"))
  expect(vn, "the seed creates a region for Việt Nam").toBeDefined()
  regionId = vn!.id
})

describe("seeded store", () => {
  it("has one region, Việt Nam, in VND", async () => {
    const { regions } = await sdk.store.region.list()
    expect(regions).toHaveLength(1)
    expect(regions[0]).toMatchObject({ name: "Việt Nam", currency_code: "vnd" })
  })

  it("lists the sample OCOP catalogue with prices in whole dong", async () => {
    const { products, count } = await sdk.store.product.list({
      region_id: regionId,
      fields: "handle,title,*variants.calculated_price",
    })
    expect(count).toBe(69)
    const fishSauce = products.find((p) => p.handle === FISH_SAUCE)!
    expect(fishSauce.title).toBe("Nước mắm Lê Gia – Cốt đặc biệt 40N")
    const prices = fishSauce.variants!.map((v) => v.calculated_price!.calculated_amount).sort((a, b) => a! - b!)
    expect(prices).toEqual([125000, 690000])
    for (const p of products) {
      for (const v of p.variants!) {
        expect(v.calculated_price?.currency_code).toBe("vnd")
        expect(Number.isInteger(v.calculated_price?.calculated_amount)).toBe(true)
      }
    }
  })

  it("lets the province's admin log in with the configured credentials and see the products", async () => {
    const admin = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
    // published ones: producers may have proposed drafts in other test files
    const { products, count } = await admin.admin.product.list({ fields: "handle", limit: 100, status: ["published"] })
    expect(count).toBe(69)
    expect(products.map((p) => p.handle)).toContain(FISH_SAUCE)
    const wrong = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    await expect(
      wrong.auth.login("user", "emailpass", { email: stack.adminEmail, password: "wrong-password" }),
    ).rejects.toThrow(/invalid|unauthorized/i)
  })

  it("refuses a request without the publishable key", async () => {
    const res = await fetch(`${stack.backendUrl}/store/products`)
    expect(res.status).toBe(400)
    expect(await res.text()).toMatch(/publishable/i)
  })

  it("offers cash on delivery and two shipping options", async () => {
    const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId })
    expect(payment_providers.map((p) => p.id)).toContain("pp_system_default")
    const { cart } = await sdk.store.cart.create({ region_id: regionId })
    const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
    expect(shipping_options.map((o) => [o.name, o.amount]).sort()).toEqual([
      ["Giao hàng nhanh", 55000],
      ["Giao hàng tiêu chuẩn", 30000],
    ])
  })
})

describe("checkout with cash on delivery", () => {
  it("turns a cart into an order with the right total in VND, and reserves the stock", async () => {
    const { products } = await sdk.store.product.list({
      handle: FISH_SAUCE,
      region_id: regionId,
      fields: "*variants.calculated_price",
    })
    const bottle = products[0]!.variants!.find((v) => v.calculated_price?.calculated_amount === 125000)!

    const reservedBefore = await reservedBottles() // other tests' orders hold some too
    const { cart } = await sdk.store.cart.create({ region_id: regionId, email: "lan@example.vn" })
    await sdk.store.cart.createLineItem(cart.id, { variant_id: bottle.id, quantity: 2 })
    await sdk.store.cart.update(cart.id, { shipping_address: address, billing_address: address })
    const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
    const standard = shipping_options.find((o) => o.name === "Giao hàng tiêu chuẩn")!
    const { cart: withShipping } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: standard.id })
    expect(withShipping.total).toBe(2 * 125000 + 30000)

    await sdk.store.payment.initiatePaymentSession(withShipping, { provider_id: "pp_system_default" })
    const result = await sdk.store.cart.complete(cart.id)
    expect(result.type).toBe("order")
    if (result.type !== "order") return
    expect(result.order.total).toBe(280000)
    expect(result.order.currency_code).toBe("vnd")

    // In the database: the order, its line at 125.000 ₫ × 2, and its total.
    const [row] = await sql<{ currency_code: string; email: string; total: string }>(
      `select o.currency_code, o.email, (s.totals->>'current_order_total') as total
         from "order" o join order_summary s on s.order_id = o.id where o.id = $1`,
      [result.order.id],
    )
    expect(row).toEqual({ currency_code: "vnd", email: "lan@example.vn", total: "280000" })
    const lines = await sql<{ unit_price: string; quantity: string }>(
      `select li.unit_price, oi.quantity from order_item oi join order_line_item li on li.id = oi.item_id
        where oi.order_id = $1`,
      [result.order.id],
    )
    expect(lines.map((l) => [Number(l.unit_price), Number(l.quantity)])).toEqual([[125000, 2]])

    expect((await reservedBottles()) - reservedBefore).toBe(2)
  })

  it("refuses to add more than the stock", async () => {
    const { products } = await sdk.store.product.list({ handle: "tinh-dau-sa-chanh", region_id: regionId })
    const soldOut = products[0]!.variants![0]!
    const { cart } = await sdk.store.cart.create({ region_id: regionId })
    await expect(sdk.store.cart.createLineItem(cart.id, { variant_id: soldOut.id, quantity: 1 })).rejects.toThrow(
      /inventory|stock/i,
    )
    const { cart: after } = await sdk.store.cart.retrieve(cart.id)
    expect(after.items ?? []).toHaveLength(0)
  })
})

describe("what a tampered request cannot do", () => {
  it("refuses a line item that names its own price, and charges the catalogue price", async () => {
    const { products } = await sdk.store.product.list({
      handle: FISH_SAUCE,
      region_id: regionId,
      fields: "*variants.calculated_price",
    })
    const bottle = products[0]!.variants!.find((v) => v.calculated_price?.calculated_amount === 125000)!
    const { cart } = await sdk.store.cart.create({ region_id: regionId })
    const res = await fetch(`${stack.backendUrl}/store/carts/${cart.id}/line-items`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
      body: JSON.stringify({ variant_id: bottle.id, quantity: 1, unit_price: 1 }),
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toMatch(/unit_price/)
    const { cart: after } = await sdk.store.cart.retrieve(cart.id)
    expect(after.items ?? []).toHaveLength(0)
    const { cart: fair } = await sdk.store.cart.createLineItem(cart.id, { variant_id: bottle.id, quantity: 1 })
    expect(fair.items![0]!.unit_price).toBe(125000)
  })

  it("refuses a variant that has no price in the shopper's region", async () => {
    const admin = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
    const [channel] = await sql<{ id: string }>(`select id from sales_channel where name = 'OCOP Market'`)
    const [profile] = await sql<{ id: string }>(`select id from shipping_profile limit 1`)
    const { product } = await admin.admin.product.create({
      title: "Hàng chỉ bán bằng USD",
      status: "published",
      shipping_profile_id: profile!.id,
      sales_channels: [{ id: channel!.id }],
      options: [{ title: "Loại", values: ["Một"] }],
      variants: [
        {
          title: "Một",
          options: { Loại: "Một" },
          manage_inventory: false,
          prices: [{ currency_code: "usd", amount: 5 }],
        },
      ],
    })
    const { cart } = await sdk.store.cart.create({ region_id: regionId })
    await expect(
      sdk.store.cart.createLineItem(cart.id, { variant_id: product.variants![0]!.id, quantity: 1 }),
    ).rejects.toThrow(/price/i)
    const { cart: after } = await sdk.store.cart.retrieve(cart.id)
    expect(after.items ?? []).toHaveLength(0)
    await admin.admin.product.delete(product.id)
  })
})
