/**
 * What Medusa's own store routes let through and we do not (backend/src/api/store/validators.ts):
 * a cart line's quantity is a whole number of units from 1 to 99 (1.5 was charged as 2, 0.0001
 * became a line of 0); a list page has 1–100 items and an offset from 0 (a negative one reached SQL
 * as a 500). Each refusal is a 400 with a code naming the field, and the cart is left as it was.
 */
import Medusa from "@medusajs/js-sdk"
import { MAX_LINE_QUANTITY } from "@ocop-market/ocop"
import { beforeAll, describe, expect, inject, it } from "vitest"

const stack = inject("stack")
const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
const headers = { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey }

const post = async (path: string, body: unknown) => {
  const res = await fetch(stack.backendUrl + path, { method: "POST", headers, body: JSON.stringify(body) })
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, any> }
}
const get = async (path: string) => {
  const res = await fetch(stack.backendUrl + path, { headers })
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, any> }
}

let regionId = ""
let variantId = ""
beforeAll(async () => {
  regionId = (await sdk.store.region.list()).regions[0]!.id
  const { products } = await sdk.store.product.list({
    handle: "nuoc-mam-le-gia-cot-dac-biet-40n",
    fields: "variants.id",
  })
  variantId = products[0]!.variants![0]!.id
})

describe("limits on the store's own routes", () => {
  it.each([
    [1.5, "not_whole_number"],
    [0.0001, "too_small"],
    [0, "too_small"],
    [-3, "too_small"],
    [MAX_LINE_QUANTITY + 1, "too_big"],
    [1e308, "too_big"],
  ])("refuses a cart line of %s units (%s) and leaves the cart empty", async (quantity, code) => {
    const { cart } = await sdk.store.cart.create({ region_id: regionId })
    const r = await post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity })
    expect(r.status).toBe(400)
    expect(r.body).toMatchObject({ code, field: "quantity" })
    if (code === "too_big") expect(r.body.params).toMatchObject({ max: MAX_LINE_QUANTITY })
    expect((await sdk.store.cart.retrieve(cart.id)).cart.items ?? []).toHaveLength(0)
  })

  it("takes whole units up to the limit, and refuses a change to a part of one", async () => {
    const { cart } = await sdk.store.cart.create({ region_id: regionId })
    const added = await post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 2 })
    expect(added.status).toBe(200)
    const line = added.body.cart.items[0]
    const half = await post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 2.5 })
    expect(half.status).toBe(400)
    expect(half.body).toMatchObject({ code: "not_whole_number", field: "quantity" })
    const three = await post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 3 })
    expect(three.status).toBe(200)
    expect(three.body.cart.items[0].quantity).toBe(3)
  })

  it.each([
    ["limit=-1", "limit", "too_small"],
    ["limit=0", "limit", "too_small"],
    ["limit=1000000", "limit", "too_big"],
    ["limit=1e308", "limit", "too_big"],
    ["limit=2.5", "limit", "not_whole_number"],
    ["offset=-5", "offset", "too_small"],
    ["offset=1e%2B308", "offset", "too_big"],
  ])("refuses a product page with %s", async (query, field, code) => {
    const r = await get(`/store/products?${query}`)
    expect(r.status).toBe(400)
    expect(r.body).toMatchObject({ code, field })
  })

  it("serves a page of up to 100 products", async () => {
    const r = await get("/store/products?limit=100&offset=0&fields=id")
    expect(r.status).toBe(200)
    expect(r.body.products.length).toBe(Math.min(100, r.body.count))
    expect(r.body.count).toBeGreaterThanOrEqual(69)
  })
})
