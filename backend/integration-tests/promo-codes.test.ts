/**
 * Discount codes typed by shoppers (POST /store/ocop/carts/:id/promo-code,
 * backend/src/workflows/cart/apply-promo-code.ts): applied through Medusa's promotions when the
 * code's campaign runs, has uses left and covers a product in the cart; each other case refused at
 * the field `code` with its own code, the cart unchanged. Two products made for this file, so the
 * campaigns here overlap no other file's.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import Medusa from "@medusajs/js-sdk"
import { adminToken } from "../../tests/support/admin"
import { sql as sqlOn } from "../../tests/support/db"
import { apiCall } from "../../tests/support/http"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
const stamp = Date.now().toString(36).toUpperCase()
let admin = ""
let regionId = ""
const made: { id: string; variantId: string }[] = []
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()

async function product(title: string, slug: string) {
  const [channel] = await sql<{ id: string }>(`select id from sales_channel where name = 'OCOP Market'`)
  const [profile] = await sql<{ id: string }>(`select id from shipping_profile limit 1`)
  const res = await apiCall(stack.backendUrl, "POST", "/admin/products", admin, {
    title,
    handle: `${slug}-${stamp.toLowerCase()}`,
    status: "published",
    shipping_profile_id: profile!.id,
    sales_channels: [{ id: channel!.id }],
    options: [{ title: "Quy cách", values: ["Hộp"] }],
    variants: [
      {
        title: "Hộp",
        options: { "Quy cách": "Hộp" },
        manage_inventory: false,
        prices: [{ currency_code: "vnd", amount: 100000 }],
      },
    ],
  })
  expect(res.status, res.text).toBe(200)
  const p = { id: res.body.product.id, variantId: res.body.product.variants[0].id }
  made.push(p)
  return p
}

async function campaign(handle: string, productId: string, code: string, extra: Record<string, unknown> = {}) {
  const res = await apiCall(stack.backendUrl, "POST", "/admin/ocop/campaigns", admin, {
    handle: `${handle}-${stamp.toLowerCase()}`,
    title_vi: `Mã ${code}`,
    title_en: `Code ${code}`,
    kind: "fair",
    starts_at: hoursFromNow(-1),
    ends_at: hoursFromNow(48),
    discount: { type: "percentage", value: 10 },
    target: { product_ids: [productId] },
    code: { code },
    ...extra,
  })
  expect(res.status, res.text).toBe(201)
  return res.body
}

async function cartWith(variantId: string) {
  const { cart } = await sdk.store.cart.create({ region_id: regionId, email: "ma.giam@example.vn" })
  await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity: 2 })
  return cart.id
}
const apply = (cartId: string, code: unknown) =>
  fetch(`${stack.backendUrl}/store/ocop/carts/${cartId}/promo-code`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
    body: JSON.stringify({ code }),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }))
const totals = async (cartId: string) => {
  const { cart } = await sdk.store.cart.retrieve(cartId, {
    fields: "total,discount_total,*promotions,*items.adjustments",
  })
  return {
    total: Number(cart.total),
    discount: Number(cart.discount_total),
    codes: (cart.promotions ?? []).map((p) => p.code),
  }
}

let hop: { id: string; variantId: string }
let mut: { id: string; variantId: string }
const CODE = `HOICHO-${stamp}`

beforeAll(async () => {
  admin = await adminToken(stack)
  regionId = (await sdk.store.region.list()).regions[0]!.id
  hop = await product("Hộp quà thử mã", "hop-qua-thu-ma")
  mut = await product("Mứt thử mã", "mut-thu-ma")
  await campaign("hoi-cho", hop.id, CODE)
})
afterAll(async () => {
  for (const p of made) await apiCall(stack.backendUrl, "DELETE", `/admin/products/${p.id}`, admin)
})

describe("a discount code", () => {
  it("applies to its campaign's products, however it is typed, shows its saving, and comes off again", async () => {
    const cart = await cartWith(hop.variantId)
    expect(await totals(cart)).toMatchObject({ total: 200000, discount: 0 })
    const applied = await apply(cart, `  ${CODE.toLowerCase()} `)
    expect(applied.status, JSON.stringify(applied.body)).toBe(200)
    expect(applied.body).toEqual({ code: CODE })
    expect(await totals(cart)).toMatchObject({ total: 180000, discount: 20000, codes: [CODE] })
    const { cart: raw } = await sdk.store.cart.retrieve(cart, { fields: "*items.adjustments" })
    expect(raw.items![0]!.adjustments!.map((a) => a.code)).toEqual([CODE])

    await sdk.store.cart.removePromotions(cart, { promo_codes: [CODE] })
    expect(await totals(cart)).toMatchObject({ total: 200000, discount: 0, codes: [] })
  })

  it("is refused at the field, the cart unchanged: unknown, malformed, for other products", async () => {
    const cart = await cartWith(mut.variantId)
    const cases: [unknown, number, string][] = [
      ["KHONG-CO-MA-NAY", 404, "promo_code_unknown"],
      ["x!", 400, "promo_code_invalid"],
      ["", 400, "promo_code_invalid"],
      [CODE, 400, "promo_code_not_applicable"],
    ]
    for (const [code, status, expected] of cases) {
      const r = await apply(cart, code)
      expect(r.status, String(code)).toBe(status)
      expect(r.body).toMatchObject({ code: expected, field: "code" })
    }
    // the campaigns' automatic discounts have internal codes: not codes to type
    const [auto] = await sql<{ code: string }>(`select code from promotion where is_automatic limit 1`)
    if (auto) expect((await apply(cart, auto.code)).body).toMatchObject({ code: "promo_code_unknown" })
    expect(await totals(cart)).toMatchObject({ total: 200000, discount: 0, codes: [] })
  })

  it("is refused before its campaign starts, after it ends, and once used up", async () => {
    const early = `SAP-MO-${stamp}`
    const later = await campaign("sap-mo", mut.id, early, { starts_at: hoursFromNow(72), ends_at: hoursFromNow(96) })
    const cart = await cartWith(mut.variantId)
    expect((await apply(cart, early)).body).toMatchObject({
      code: "promo_code_not_started",
      params: { starts_at: expect.any(String) },
    })
    // that campaign ended early (its end moved into the past by the province)
    await sql(
      `update promotion_campaign set ends_at = now() - interval '1 hour', starts_at = now() - interval '2 hours' where id = $1`,
      [later.campaign.id],
    )
    expect((await apply(cart, early)).body).toMatchObject({ code: "promo_code_ended" })

    const once = `MOT-LAN-${stamp}`
    const limited = await campaign("mot-lan", hop.id, once, {
      starts_at: hoursFromNow(50),
      ends_at: hoursFromNow(60),
      code: { code: once, limit: 1 },
    })
    await sql(`update promotion_campaign set starts_at = now() - interval '1 hour' where id = $1`, [
      limited.campaign.id,
    ])
    await sql(`update promotion set used = 1 where code = $1`, [once])
    const other = await cartWith(hop.variantId)
    expect((await apply(other, once)).body).toMatchObject({ code: "promo_code_used_up" })
    expect(await totals(other)).toMatchObject({ discount: 0 })
  })
})
