/**
 * Trade-promotion campaigns on Medusa's Promotion module: created by the province's admin with
 * their OCOP page, applied automatically (or with a code) in the cart, counted in the results;
 * bad campaigns refused with the field named and nothing written.
 */
import Medusa from "@medusajs/js-sdk"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { sql as sqlOn } from "../../tests/support/db"
import { apiCall } from "../../tests/support/http"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
let token: string
let regionId: string

const admin = (method: string, path: string, body?: unknown) => apiCall(stack.backendUrl, method, path, token, body)

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()
const counts = async () => {
  const [row] = await sql<{ pages: string; campaigns: string; promotions: string }>(
    `select (select count(*) from campaign_page where deleted_at is null) as pages,
            (select count(*) from promotion_campaign where deleted_at is null) as campaigns,
            (select count(*) from promotion where deleted_at is null) as promotions`,
  )
  return row
}

async function variantOf(handle: string) {
  const { products } = await sdk.store.product.list({
    handle,
    region_id: regionId,
    fields: "id,*variants.calculated_price",
  })
  const p = products[0]!
  const cheapest = [...p.variants!].sort(
    (a, b) => a.calculated_price!.calculated_amount! - b.calculated_price!.calculated_amount!,
  )[0]!
  return { productId: p.id, variantId: cheapest.id, price: cheapest.calculated_price!.calculated_amount! }
}

/** A cart with one product, a Thanh Hóa address, standard shipping and cash on delivery. */
async function cartWith(variantId: string, quantity = 1, email = "khach@example.vn") {
  const { cart } = await sdk.store.cart.create({ region_id: regionId, email })
  await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity })
  const address = {
    first_name: "Khách",
    last_name: "",
    address_1: "5 Lê Lợi",
    city: "Phường Hạc Thành",
    province: "Tỉnh Thanh Hóa",
    country_code: "vn",
    phone: "0912345678",
  }
  await sdk.store.cart.update(cart.id, { shipping_address: address })
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  const standard = shipping_options.find((o) => o.name === "Giao hàng tiêu chuẩn")!
  const { cart: ready } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: standard.id })
  await sdk.store.payment.initiatePaymentSession(ready, { provider_id: "pp_system_default" })
  return (await sdk.store.cart.retrieve(cart.id)).cart
}

const base = {
  title_vi: "Tuần lễ nước mắm Khuê Các",
  title_en: "Khuê Các fish sauce week",
  story_vi: "Làng nghề nước mắm Ba Hoàn mời bạn nếm thử.",
  story_en: "The Ba Hoàn fish sauce village invites you to taste.",
  kind: "online_week",
}
let khueCac: string
let campaignPageId: string
let medusaCampaignId: string

beforeAll(async () => {
  const a = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  token = (await a.auth.login("user", "emailpass", {
    email: stack.adminEmail,
    password: stack.adminPassword,
  })) as string
  const { regions } = await sdk.store.region.list()
  regionId = regions[0]!.id
  khueCac = (await sql<{ id: string }>(`select id from producer where name like '%Khuê Các'`))[0]!.id
})

afterAll(async () => {
  // End what this file started, so other files see full prices.
  if (medusaCampaignId)
    await admin("POST", `/admin/campaigns/${medusaCampaignId}`, { ends_at: new Date(Date.now() - 1000).toISOString() })
})

describe("a campaign on a producer's products", () => {
  it("is created with its page, promotion and link, and discounts the cart by itself", async () => {
    const before = await counts()
    const res = await admin("POST", "/admin/ocop/campaigns", {
      ...base,
      handle: "tuan-le-nuoc-mam-khue-cac",
      starts_at: hoursFromNow(-1),
      ends_at: hoursFromNow(24 * 7),
      discount: { type: "percentage", value: 20 },
      target: { producer_ids: [khueCac] },
      featured_producer_ids: [khueCac],
    })
    expect(res.status, res.text).toBe(201)
    campaignPageId = res.body.page.id
    medusaCampaignId = res.body.campaign.id
    const after = await counts()
    expect([
      Number(after!.pages) - Number(before!.pages),
      Number(after!.campaigns) - Number(before!.campaigns),
      Number(after!.promotions) - Number(before!.promotions),
    ]).toEqual([1, 1, 1])

    const { body } = await (async () => {
      const r = await fetch(`${stack.backendUrl}/store/ocop/campaigns/tuan-le-nuoc-mam-khue-cac`, {
        headers: { "x-publishable-api-key": stack.publishableKey },
      })
      return { body: (await r.json()) as any }
    })()
    expect(body.campaign).toMatchObject({
      state: "active",
      discount_type: "percentage",
      discount_value: 20,
      title_vi: base.title_vi,
    })
    expect(body.campaign.target_product_ids).toHaveLength(3)
    expect(body.campaign.featured_producers.map((p: any) => p.id)).toEqual([khueCac])

    // The search index marks the covered products: a campaign facet and filter.
    const search = async () => {
      const r = await fetch(`${stack.backendUrl}/store/search`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
        body: JSON.stringify({
          entity: "product",
          filters: { campaign_handles: "tuan-le-nuoc-mam-khue-cac" },
          pagination: { take: 10 },
          search_options: { facets: ["campaign_handles"] },
        }),
      })
      return (await r.json()) as {
        results: {
          hits: { document: { handle: string } }[]
          facets: Record<string, { values: { value: string; count: number }[] }>
        }[]
      }
    }
    const deadline = Date.now() + 20_000
    let found = await search()
    while (found.results[0]!.hits.length < 3 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 300))
      found = await search()
    }
    expect(found.results[0]!.hits.map((h) => h.document.handle).sort()).toEqual([
      "mam-tep-ba-hoan",
      "mam-tom-ba-hoan",
      "nuoc-mam-ba-hoan-ca-com-cot-dac-biet",
    ])
    expect(found.results[0]!.facets.campaign_handles!.values).toContainEqual({
      value: "tuan-le-nuoc-mam-khue-cac",
      count: 3,
    })

    const sauce = await variantOf("nuoc-mam-ba-hoan-ca-com-cot-dac-biet")
    expect(sauce.price).toBe(125000)
    const cart = await cartWith(sauce.variantId, 2)
    expect(cart.discount_total).toBe(50000)
    expect(cart.total).toBe(2 * 100000 + 30000)
    const done = await sdk.store.cart.complete(cart.id)
    expect(done.type).toBe("order")
    if (done.type === "order") expect(done.order.total).toBe(230000)

    // A product outside the campaign keeps its price.
    const other = await variantOf("que-thanh-thuong-xuan")
    const plain = await cartWith(other.variantId)
    expect(plain.discount_total).toBe(0)
  })

  it("counts the order in its results, as JSON and as CSV", async () => {
    const res = await admin("GET", `/admin/ocop/campaigns/${campaignPageId}/results`)
    expect(res.status).toBe(200)
    expect(res.body.total).toEqual({
      orders: 1,
      units: 2,
      revenue_before: 250000,
      revenue_after: 200000,
      discount: 50000,
      unique_buyers: 1,
    })
    expect(res.body.by_producer).toHaveLength(1)
    expect(res.body.by_producer[0].producer.name).toMatch(/Khuê Các/)
    expect(res.body.by_day).toHaveLength(1)
    const csv = await admin("GET", `/admin/ocop/campaigns/${campaignPageId}/results?format=csv`)
    expect(csv.text.replace(/^\uFEFF/, "").split("\n")[0]).toBe(
      "producer,orders,units,revenue_before_vnd,discount_vnd,revenue_after_vnd,unique_buyers",
    )
    expect(csv.text).toMatch(/Khuê Các,1,2,250000,50000,200000,1/)
    expect(csv.text).toMatch(/TOTAL,1,2,250000,50000,200000,1/)
  })
})

describe("campaigns that cannot be", () => {
  const bad = async (body: Record<string, unknown>) => {
    const before = await counts()
    const res = await admin("POST", "/admin/ocop/campaigns", {
      ...base,
      handle: `hong-${Math.random().toString(36).slice(2, 8)}`,
      starts_at: hoursFromNow(1),
      ends_at: hoursFromNow(48),
      discount: { type: "percentage", value: 10 },
      target: { product_ids: [(await variantOf("che-lam-phu-quang")).productId] },
      ...body,
    })
    expect(res.status, res.text).toBe(400)
    expect(await counts()).toEqual(before) // nothing written
    return res.body as { code: string; field?: string; message: string; params?: Record<string, unknown> }
  }

  it("refuses an end before the start", async () => {
    expect(await bad({ starts_at: hoursFromNow(48), ends_at: hoursFromNow(1) })).toMatchObject({
      code: "campaign_dates",
      field: "ends_at",
      message: expect.stringMatching(/ends_at: the campaign must end after it starts/),
    })
  })
  it("refuses a discount larger than the price, and a fixed discount with decimals", async () => {
    expect(await bad({ discount: { type: "fixed", value: 70000 } })).toMatchObject({
      code: "discount_not_below_price",
      field: "discount.value",
      params: { lowest_price: 70000 },
      message: expect.stringMatching(/discount.value: 70000 ₫ is not below the cheapest covered price \(70000 ₫\)/),
    })
    expect(await bad({ discount: { type: "fixed", value: 1500.5 } })).toMatchObject({
      code: "discount_not_whole_dong",
      field: "discount.value",
    })
    expect(await bad({ discount: { type: "percentage", value: 120 } })).toMatchObject({
      code: "discount_percentage_range",
      field: "discount.value",
    })
  })
  it("refuses a second campaign on the same product at the same time (one campaign per product at a time)", async () => {
    const sauce = await variantOf("mam-tom-ba-hoan")
    expect(await bad({ target: { product_ids: [sauce.productId] } })).toMatchObject({
      code: "campaign_overlap",
      field: "target",
      params: { campaign: "tuan-le-nuoc-mam-khue-cac" },
      message: expect.stringMatching(/target: Mắm tôm Bà Hoan already in campaign "tuan-le-nuoc-mam-khue-cac"/),
    })
  })
  it("refuses unknown fields and bad values at the door", async () => {
    expect(await bad({ kind: "flash" })).toMatchObject({ code: "invalid_value", field: "kind" })
    expect(await bad({ starts_at: "next monday" })).toMatchObject({ code: "invalid_format", field: "starts_at" })
    expect(await bad({ target: {} })).toMatchObject({ code: "target_empty", field: "target" })
    expect(await bad({ colour: "red" })).toMatchObject({ code: "unknown_field", field: "colour" })
  })
})

describe("limits", () => {
  it("lets a code be used only as often as its limit allows", async () => {
    const cinnamon = await variantOf("que-thanh-thuong-xuan")
    const res = await admin("POST", "/admin/ocop/campaigns", {
      ...base,
      handle: "livestream-que-thuong-xuan",
      kind: "livestream",
      starts_at: hoursFromNow(-1),
      ends_at: hoursFromNow(2),
      discount: { type: "fixed", value: 15000 },
      target: { product_ids: [cinnamon.productId] },
      code: { code: "QUE-LIVE", limit: 1 },
    })
    expect(res.status, res.text).toBe(201)
    const first = await cartWith(cinnamon.variantId)
    expect(first.discount_total).toBe(0) // a code campaign needs its code
    const { cart: withCode } = await sdk.store.cart.update(first.id, { promo_codes: ["QUE-LIVE"] })
    expect(withCode.discount_total).toBe(15000)
    await sdk.store.payment.initiatePaymentSession(withCode, { provider_id: "pp_system_default" }) // the amount changed
    expect((await sdk.store.cart.complete(first.id)).type).toBe("order")

    const second = await cartWith(cinnamon.variantId, 1, "nguoi-thu-hai@example.vn")
    const attempt = await sdk.store.cart
      .update(second.id, { promo_codes: ["QUE-LIVE"] })
      .then((r) => r.cart)
      .catch((e: Error) => e)
    if (attempt instanceof Error) expect(attempt.message).toMatch(/QUE-LIVE|limit|usage|budget/i)
    else expect(attempt.discount_total).toBe(0)
    await admin("POST", `/admin/campaigns/${res.body.campaign.id}`, {
      ends_at: new Date(Date.now() - 1000).toISOString(),
    })
  })

  it("refuses to complete at a discount when the budget ran out during checkout; no order, the cart kept", async () => {
    const orange = await variantOf("cam-duong-canh-nhu-xuan")
    const res = await admin("POST", "/admin/ocop/campaigns", {
      ...base,
      handle: "mua-cam-nhu-xuan",
      kind: "seasonal",
      starts_at: hoursFromNow(-1),
      ends_at: hoursFromNow(2),
      discount: { type: "percentage", value: 10 },
      target: { product_ids: [orange.productId] },
      budget: { type: "usage", limit: 1 },
    })
    expect(res.status, res.text).toBe(201)
    const a = await cartWith(orange.variantId, 1, "a@example.vn")
    const b = await cartWith(orange.variantId, 1, "b@example.vn")
    expect(a.discount_total).toBe(6000)
    expect(b.discount_total).toBe(6000)
    expect((await sdk.store.cart.complete(a.id)).type).toBe("order")
    const late = await sdk.store.cart.complete(b.id).catch((e: Error) => ({ type: "error", error: e }))
    expect(late.type).not.toBe("order")
    expect(String((late as { error?: { message?: string } }).error?.message)).toMatch(
      /budget of the campaign "Tuần lễ nước mắm Khuê Các" is used up/,
    )
    const orders = await sql(`select order_id from order_cart where cart_id = $1`, [b.id])
    expect(orders).toHaveLength(0)
    const { cart: kept } = await sdk.store.cart.retrieve(b.id)
    expect(kept.completed_at ?? null).toBeNull()
    expect(kept.items).toHaveLength(1)
    await admin("POST", `/admin/campaigns/${res.body.campaign.id}`, {
      ends_at: new Date(Date.now() - 1000).toISOString(),
    })
  })
})

describe("an ended campaign", () => {
  it("stays listed as ended and no longer discounts", async () => {
    await admin("POST", `/admin/campaigns/${medusaCampaignId}`, { ends_at: new Date(Date.now() - 1000).toISOString() })
    const r = await fetch(`${stack.backendUrl}/store/ocop/campaigns`, {
      headers: { "x-publishable-api-key": stack.publishableKey },
    })
    const { campaigns } = (await r.json()) as { campaigns: { handle: string; state: string }[] }
    expect(campaigns.find((c) => c.handle === "tuan-le-nuoc-mam-khue-cac")?.state).toBe("ended")
    const sauce = await variantOf("nuoc-mam-ba-hoan-ca-com-cot-dac-biet")
    const cart = await cartWith(sauce.variantId, 2)
    expect(cart.discount_total).toBe(0)
    expect(cart.total).toBe(280000)
  })
})
