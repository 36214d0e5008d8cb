/**
 * The SQL of backend/src/queries against the test stack's database: the order lines a producer
 * sees, the sales the statistics add up, and campaign sales in one query for many campaigns.
 */
import Medusa from "@medusajs/js-sdk"
import knex, { type Knex } from "knex"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { promotionSaleLines } from "../src/queries/campaign-sales"
import { ordersWithProducts } from "../src/queries/producer-orders"
import { saleLines } from "../src/queries/sales-lines"
import { apiCall } from "../../tests/support/http"
import { placeCodOrder } from "../../tests/support/shop"

const stack = inject("stack")
const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
let db: Knex
let token: string
const admin = (method: string, path: string, body?: unknown) => apiCall(stack.backendUrl, method, path, token, body)

async function product(handle: string) {
  const { regions } = await sdk.store.region.list()
  const { products } = await sdk.store.product.list({ handle, region_id: regions[0]!.id, fields: "id,title,*variants" })
  return { id: products[0]!.id, variantId: products[0]!.variants![0]!.id, title: products[0]!.title }
}

beforeAll(async () => {
  db = knex({ client: "pg", connection: stack.databaseUrl })
  const a = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  token = (await a.auth.login("user", "emailpass", {
    email: stack.adminEmail,
    password: stack.adminPassword,
  })) as string
})
afterAll(async () => db?.destroy())

describe("ordersWithProducts (the producer portal's orders)", () => {
  it("gives the orders that hold the products, only those lines, with the delivery address", async () => {
    const gai = await product("banh-gai-lam-tham")
    const other = await product("keo-lac-ha-ly")
    const orderId = await placeCodOrder(stack, gai.variantId, { quantity: 2, street: "7 Trần Phú" })
    const mixed = await placeCodOrder(stack, other.variantId)
    const orders = await ordersWithProducts(db, [gai.id])
    const mine = orders.find((o) => o.id === orderId)!
    expect(mine.shipping_address).toMatchObject({ address_1: "7 Trần Phú", phone: "0912345678" })
    expect(mine.lines).toEqual([
      expect.objectContaining({ product_id: gai.id, title: gai.title, quantity: 2, shipped: false }),
    ])
    expect(orders.map((o) => o.id)).not.toContain(mixed)
    expect(orders.flatMap((o) => o.lines).every((l) => l.product_id === gai.id)).toBe(true)
    expect(await ordersWithProducts(db, [])).toEqual([])
  })
})

describe("saleLines (sales by group)", () => {
  it("counts each line of a live order once, and leaves a canceled order out", async () => {
    const keo = await product("keo-gao-lut-duc-giang")
    const kept = await placeCodOrder(stack, keo.variantId, { quantity: 3 })
    const canceled = await placeCodOrder(stack, keo.variantId)
    expect((await admin("POST", `/admin/orders/${canceled}/cancel`)).status).toBe(200)
    const lines = await saleLines(db)
    expect(lines.filter((l) => l.order_id === kept)).toEqual([
      expect.objectContaining({ product_id: keo.id, quantity: 3, discount: 0 }),
    ])
    expect(lines.some((l) => l.order_id === canceled)).toBe(false)
  })
})

describe("promotionSaleLines (campaign results)", () => {
  it("reads the discounted lines of several promotions in one query, each tagged with its promotion", async () => {
    const mien = await product("mien-gao-thang-long")
    const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()
    const res = await admin("POST", "/admin/ocop/campaigns", {
      handle: "tuan-le-mien-thang-long",
      title_vi: "Tuần lễ miến Thăng Long",
      title_en: "Thăng Long noodle week",
      kind: "online_week",
      starts_at: hours(-1),
      ends_at: hours(2),
      discount: { type: "percentage", value: 10 },
      target: { product_ids: [mien.id] },
    })
    expect(res.status, res.text).toBe(201)
    const orderId = await placeCodOrder(stack, mien.variantId, { quantity: 2 })
    const [row] = await db
      .raw(
        `select adj.promotion_id from order_line_item_adjustment adj join order_item oi on oi.item_id = adj.item_id
        where oi.order_id = ?`,
        [orderId],
      )
      .then((r) => r.rows as { promotion_id: string }[])
    expect(row?.promotion_id).toMatch(/^promo_/)
    const lines = await promotionSaleLines(db, [row!.promotion_id, "promo_none"])
    const ours = lines.filter((l) => l.order_id === orderId)
    expect(ours).toHaveLength(1)
    expect(ours[0]).toMatchObject({ promotion_id: row!.promotion_id, product_id: mien.id, quantity: 2 })
    expect(ours[0]!.discount).toBe(Math.round(ours[0]!.unit_price * 2 * 0.1))
    expect(await promotionSaleLines(db, [row!.promotion_id], ["prod_other"])).toEqual([])
    expect(await promotionSaleLines(db, [])).toEqual([])
    await admin("POST", `/admin/campaigns/${res.body.campaign.id}`, {
      ends_at: new Date(Date.now() - 1000).toISOString(),
    })
  })
})
