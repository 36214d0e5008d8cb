/**
 * The producer portal's API (/producer/*): staff invited by the province, logged in as actor type
 * `producer`, reading and changing their own products, stock and orders — and nobody else's.
 * The isolation matrix is generated from the route files: a new /producer route without a case
 * here fails the suite.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { beforeAll, describe, expect, inject, it } from "vitest"
import Medusa from "@medusajs/js-sdk"
import { sql as sqlOn } from "../../tests/support/db"
import { apiCall } from "../../tests/support/http"
import { placeCodOrder } from "../../tests/support/shop"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => sqlOn<T>(stack.databaseUrl, text, params)
const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })

const call = (method: string, url: string, token?: string, body?: unknown) => apiCall(stack.backendUrl, method, url, token, body)

let adminToken: string
const tokens: Record<string, string> = {}
const ids = { A: {} as Record<string, string>, B: {} as Record<string, string> }
let disabledStaffId: string

/** Invite → register an e-mail/password identity → take up the invite → log in. */
async function producerAccount(producerId: string, email: string): Promise<{ token: string; staffId: string }> {
  const invite = await call("POST", `/admin/ocop/producers/${producerId}/staff`, adminToken, { email, name: email.split("@")[0] })
  expect(invite.status, invite.text).toBe(201)
  expect(invite.body.invite_url).toMatch(/\/nha-san-xuat\/loi-moi\?token=/)
  const reg = await call("POST", "/auth/producer/emailpass/register", undefined, { email, password: "mat-khau-nsx-1" })
  expect(reg.status, reg.text).toBe(200)
  const accepted = await call("POST", "/producer/invites/accept", reg.body.token, { token: invite.body.token })
  expect(accepted.status, accepted.text).toBe(200)
  const login = await call("POST", "/auth/producer/emailpass", undefined, { email, password: "mat-khau-nsx-1" })
  expect(login.status, login.text).toBe(200)
  return { token: login.body.token, staffId: invite.body.staff.id }
}

async function productIds(handle: string) {
  const [row] = await sql<{ product_id: string; variant_id: string }>(
    `select p.id as product_id, v.id as variant_id from product p join product_variant v on v.product_id = p.id
      where p.handle = $1 and v.deleted_at is null order by v.created_at limit 1`,
    [handle]
  )
  return row!
}

/** What a foreign attempt must leave as it was: prices and stock of both producers' variants, and their orders' fulfillments. */
async function snapshot() {
  const fulfillments = await sql(
    `select order_id, count(*) as n from order_fulfillment where order_id = any($1) and deleted_at is null group by order_id order by order_id`,
    [[ids.A.order, ids.B.order]]
  )
  const stock = await sql(
    `select v.id, pr.amount, il.stocked_quantity from product_variant v
       left join product_variant_price_set vps on vps.variant_id = v.id and vps.deleted_at is null
       left join price pr on pr.price_set_id = vps.price_set_id and pr.deleted_at is null
       left join product_variant_inventory_item vii on vii.variant_id = v.id and vii.deleted_at is null
       left join inventory_level il on il.inventory_item_id = vii.inventory_item_id and il.deleted_at is null
      where v.id = any($1) order by v.id`,
    [[ids.A.variant, ids.B.variant]]
  )
  const products = await sql(`select id, description, metadata from product where id = any($1) order by id`, [[ids.A.product, ids.B.product]])
  return { stock, fulfillments, products }
}

async function lineOf(orderId: string): Promise<string> {
  const [row] = await sql<{ id: string }>(`select item_id as id from order_item where order_id = $1 and deleted_at is null limit 1`, [orderId])
  return row!.id
}

const orderFor = (variantId: string, email: string) => placeCodOrder(stack, variantId, { email, street: "7 Lê Hoàn" })

beforeAll(async () => {
  const admin = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  adminToken = (await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })) as string
  const [leGia] = await sql<{ id: string }>(`select id from producer where name like '%Lê Gia'`)
  const [khueCac] = await sql<{ id: string }>(`select id from producer where name like '%Khuê Các'`)
  ids.A.producer = leGia!.id
  ids.B.producer = khueCac!.id
  const stamp = Date.now()
  tokens.A = (await producerAccount(ids.A.producer, `a.${stamp}@legia.vn`)).token
  const disabled = await producerAccount(ids.A.producer, `a2.${stamp}@legia.vn`)
  tokens.disabled = disabled.token
  disabledStaffId = disabled.staffId
  tokens.B = (await producerAccount(ids.B.producer, `b.${stamp}@khuecac.vn`)).token
  const off = await call("POST", `/admin/ocop/producers/${ids.A.producer}/staff/${disabledStaffId}`, adminToken, { status: "disabled" })
  expect(off.status, off.text).toBe(200)

  const a = await productIds("mam-tep-le-gia")
  const b = await productIds("mam-tep-ba-hoan")
  Object.assign(ids.A, { product: a.product_id, variant: a.variant_id })
  Object.assign(ids.B, { product: b.product_id, variant: b.variant_id })
  ids.A.order = await orderFor(ids.A.variant, `mua-a.${stamp}@example.vn`)
  ids.B.order = await orderFor(ids.B.variant, `mua-b.${stamp}@example.vn`)
  ids.A.line = await lineOf(ids.A.order)
  ids.B.line = await lineOf(ids.B.order)

  await call("POST", "/auth/customer/emailpass/register", undefined, { email: `kh.${stamp}@example.vn`, password: "mat-khau-kh-1" })
  tokens.customer = (await call("POST", "/auth/customer/emailpass", undefined, { email: `kh.${stamp}@example.vn`, password: "mat-khau-kh-1" })).body.token
  tokens.admin = adminToken
}, 120_000)

/** Every method and path under backend/src/api/producer, read from the route files. */
function producerRoutes(): string[] {
  const root = fileURLToPath(new URL("../src/api/producer", import.meta.url))
  const out: string[] = []
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name === "route.ts") {
        const route = "/producer/" + path.relative(root, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
        for (const m of fs.readFileSync(p, "utf8").matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)) out.push(`${m[1]} ${route.replace(/\/$/, "")}`)
      }
    }
  }
  walk(root)
  return out.sort()
}

type Attempt = { method: string; url: string; body?: unknown }
type Case = {
  /** The route used rightly by producer A (a positive control: the route works). */
  own: () => Attempt
  /** A with B's ids, by path, query and body. */
  foreign: () => Attempt[]
  /** Routes a valid producer token alone cannot use (taking up an invite needs a registration token). */
  registrationOnly?: boolean
}

const stockUrl = (p: string, v: string) => `/producer/products/${p}/variants/${v}/stock`
const priceUrl = (p: string, v: string) => `/producer/products/${p}/variants/${v}/price`

const CASES: Record<string, Case> = {
  "GET /producer/me": { own: () => ({ method: "GET", url: "/producer/me" }), foreign: () => [{ method: "GET", url: `/producer/me?producer_id=${ids.B.producer}` }] },
  "GET /producer/products": {
    own: () => ({ method: "GET", url: "/producer/products" }),
    foreign: () => [{ method: "GET", url: `/producer/products?id=${ids.B.product}&producer_id=${ids.B.producer}` }],
  },
  "POST /producer/products": {
    own: () => ({ method: "POST", url: "/producer/products", body: { title: `Mắm tép chưng thịt ${Date.now()}`, variants: [{ title: "Hũ 200 g", amount: 65000, stocked_quantity: 20 }] } }),
    foreign: () => [
      { method: "POST", url: "/producer/products", body: { title: "Sản phẩm gán cho B", producer_id: ids.B.producer, variants: [{ title: "Gói", amount: 1000, stocked_quantity: 1 }] } },
    ],
  },
  "GET /producer/products/:id": {
    own: () => ({ method: "GET", url: `/producer/products/${ids.A.product}` }),
    foreign: () => [{ method: "GET", url: `/producer/products/${ids.B.product}` }],
  },
  "POST /producer/products/:id": {
    own: () => ({ method: "POST", url: `/producer/products/${ids.A.product}`, body: { description: "Mắm tép chua ngọt của làng nghề Khúc Phụ.", low_stock_threshold: 5 } }),
    foreign: () => [
      { method: "POST", url: `/producer/products/${ids.B.product}`, body: { description: "Ghi đè của A" } },
      { method: "POST", url: `/producer/products/${ids.A.product}`, body: { description: "Ghi đè của A", product_id: ids.B.product } },
    ],
  },
  "POST /producer/products/:id/variants/:variant_id/stock": {
    own: () => ({ method: "POST", url: stockUrl(ids.A.product, ids.A.variant), body: { stocked_quantity: 40 } }),
    foreign: () => [
      { method: "POST", url: stockUrl(ids.B.product, ids.B.variant), body: { stocked_quantity: 0 } },
      { method: "POST", url: stockUrl(ids.A.product, ids.B.variant), body: { stocked_quantity: 0 } },
      { method: "POST", url: stockUrl(ids.B.product, ids.A.variant), body: { stocked_quantity: 0 } },
      { method: "POST", url: stockUrl(ids.A.product, ids.A.variant), body: { stocked_quantity: 0, variant_id: ids.B.variant } },
    ],
  },
  "POST /producer/products/:id/variants/:variant_id/price": {
    own: () => ({ method: "POST", url: priceUrl(ids.A.product, ids.A.variant), body: { amount: 57000 } }),
    foreign: () => [
      { method: "POST", url: priceUrl(ids.B.product, ids.B.variant), body: { amount: 1 } },
      { method: "POST", url: priceUrl(ids.A.product, ids.B.variant), body: { amount: 1 } },
      { method: "POST", url: priceUrl(ids.B.product, ids.A.variant), body: { amount: 1 } },
      { method: "POST", url: priceUrl(ids.A.product, ids.A.variant), body: { amount: 1, product_id: ids.B.product } },
    ],
  },
  "GET /producer/orders": {
    own: () => ({ method: "GET", url: "/producer/orders" }),
    foreign: () => [{ method: "GET", url: `/producer/orders?order_id=${ids.B.order}&producer_id=${ids.B.producer}` }],
  },
  "POST /producer/orders/:id/lines/:line_id/ship": {
    own: () => ({ method: "POST", url: `/producer/orders/${ids.A.order}/lines/${ids.A.line}/ship`, body: { tracking_number: "VNPOST-TH-0001" } }),
    foreign: () => [
      { method: "POST", url: `/producer/orders/${ids.B.order}/lines/${ids.B.line}/ship`, body: { tracking_number: "VNPOST-TH-9999" } },
      { method: "POST", url: `/producer/orders/${ids.A.order}/lines/${ids.B.line}/ship`, body: { tracking_number: "VNPOST-TH-9999" } },
      { method: "POST", url: `/producer/orders/${ids.B.order}/lines/${ids.A.line}/ship`, body: { tracking_number: "VNPOST-TH-9999" } },
    ],
  },
  "GET /producer/campaigns": {
    own: () => ({ method: "GET", url: "/producer/campaigns" }),
    foreign: () => [{ method: "GET", url: `/producer/campaigns?producer_id=${ids.B.producer}` }],
  },
  "POST /producer/invites/accept": {
    registrationOnly: true,
    own: () => ({ method: "POST", url: "/producer/invites/accept", body: { token: "x".repeat(20) } }),
    foreign: () => [{ method: "POST", url: "/producer/invites/accept", body: { token: "y".repeat(20) } }],
  },
}

describe("the isolation matrix over every /producer route", () => {
  const routes = producerRoutes()

  it("has a case for every route (a new route without one fails here)", () => {
    expect(routes.length).toBeGreaterThanOrEqual(11)
    expect(routes.filter((r) => !CASES[r])).toEqual([])
  })

  it.each(routes)("%s: no token, a customer's, an admin's or a disabled account's token are refused", async (route) => {
    const c = CASES[route]!
    const a = c.own()
    for (const who of [undefined, "customer", "admin", "disabled"] as const) {
      const before = await snapshot()
      const res = await call(a.method, a.url, who ? tokens[who] : undefined, a.body)
      // an invite needs a fresh identity: a staff member's login, even disabled, is refused (400)
      const expected = c.registrationOnly && who === "disabled" ? 400 : 401
      expect(res.status, `${route} as ${who ?? "nobody"}: ${res.text}`).toBe(expected)
      expect(await snapshot()).toEqual(before)
    }
  })

  it.each(routes)("%s: producer A with producer B's ids gets nothing of B's and changes nothing", async (route) => {
    const c = CASES[route]!
    const bTitle = (await sql<{ title: string }>(`select title from product where id = $1`, [ids.B.product]))[0]!.title
    for (const attempt of c.foreign()) {
      const before = await snapshot()
      const res = await call(attempt.method, attempt.url, tokens.A, attempt.body)
      if (c.registrationOnly) expect(res.body?.message, res.text).toMatch(/already belongs to a producer account/)
      else if (attempt.method === "GET" && !/:id/.test(route)) expect(res.status, res.text).toBe(200)
      else expect([400, 403, 404], `${attempt.method} ${attempt.url}: ${res.text}`).toContain(res.status)
      for (const secret of [ids.B.product, ids.B.variant, ids.B.order, bTitle]) expect(res.text).not.toContain(secret)
      expect(await snapshot()).toEqual(before)
    }
  })

  it.each(routes.filter((r) => !CASES[r]?.registrationOnly))("%s: producer A on its own data succeeds (the control)", async (route) => {
    const a = CASES[route]!.own()
    const res = await call(a.method, a.url, tokens.A, a.body)
    expect([200, 201], res.text).toContain(res.status)
  })
})

describe("what producer A sees and does", () => {
  it("lists its three products, with certification, and none of B's", async () => {
    const res = await call("GET", "/producer/products", tokens.A)
    const published = res.body.products.filter((p: any) => p.status === "published")
    expect(published.map((p: any) => p.title).sort()).toEqual(["Mắm tép Lê Gia", "Mắm tôm Lê Gia", "Nước mắm Lê Gia – Cốt đặc biệt 40N"])
    expect(published[0].ocop_certification).toMatchObject({ status: "active" })
    // anything else is a draft it proposed itself (the matrix's control made one)
    expect(res.body.products.filter((p: any) => p.status !== "published").every((p: any) => p.status === "draft")).toBe(true)
    expect(res.text).not.toContain(ids.B.product)
  })

  it("sees its own order lines with the delivery address, and no other line of those orders", async () => {
    const res = await call("GET", "/producer/orders", tokens.A)
    const order = res.body.orders.find((o: any) => o.id === ids.A.order)
    expect(order.lines.map((l: any) => l.title)).toEqual(["Mắm tép Lê Gia"])
    expect(order.shipping_address).toMatchObject({ address_1: "7 Lê Hoàn", city: "Phường Hạc Thành", phone: "0912345678" })
    expect(res.body.orders.flatMap((o: any) => o.lines).every((l: any) => /Lê Gia/.test(l.title))).toBe(true)
  })

  it("sets stock and price, which the store then shows", async () => {
    expect((await call("POST", stockUrl(ids.A.product, ids.A.variant), tokens.A, { stocked_quantity: 12 })).status).toBe(200)
    expect((await call("POST", priceUrl(ids.A.product, ids.A.variant), tokens.A, { amount: 58000 })).status).toBe(200)
    const { regions } = await sdk.store.region.list()
    const { products } = await sdk.store.product.list({ id: ids.A.product, region_id: regions[0]!.id, fields: "*variants.calculated_price,+variants.inventory_quantity" })
    const v = products[0]!.variants!.find((x) => x.id === ids.A.variant)!
    expect(v.calculated_price?.calculated_amount).toBe(58000)
    const [held] = await sql<{ n: string | null }>(
      `select sum(r.quantity) as n from reservation_item r join product_variant_inventory_item vii on vii.inventory_item_id = r.inventory_item_id
        where vii.variant_id = $1 and r.deleted_at is null and vii.deleted_at is null`,
      [ids.A.variant]
    )
    expect(v.inventory_quantity).toBe(12 - Number(held!.n ?? 0)) // what orders not yet shipped hold
  })

  it.each([
    // Medusa's validator words the messages; each names the field and what is wrong
    ["negative stock", "stock", { stocked_quantity: -1 }, /'stocked_quantity' too small, expected at least: '0'/],
    ["fractional stock", "stock", { stocked_quantity: 2.5 }, /Expected type: 'int' for field 'stocked_quantity'/],
    ["a price of 0", "price", { amount: 0 }, /'amount' too small, expected at least: '1'/],
    ["a price with decimals", "price", { amount: 55000.5 }, /Expected type: 'int' for field 'amount'/],
    ["an unknown field", "price", { amount: 55000, currency_code: "usd" }, /currency_code|unrecognized/i],
  ])("refuses %s with 400 naming the field, and writes nothing", async (_n, kind, body, message) => {
    const before = await snapshot()
    const url = kind === "stock" ? stockUrl(ids.A.product, ids.A.variant) : priceUrl(ids.A.product, ids.A.variant)
    const res = await call("POST", url, tokens.A, body)
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(message)
    expect(await snapshot()).toEqual(before)
  })
})

describe("proposing a new product", () => {
  it("creates a draft of its own, with VND prices and stock, that the shop does not sell until published", async () => {
    const res = await call("POST", "/producer/products", tokens.A, {
      title: "Chả mực Lê Gia",
      description: "<p>Chả mực <b>giã tay</b></p><script>alert('x')</script><img src=x onerror=alert(1)>",
      variants: [
        { title: "Hộp 500 g", amount: 180000, stocked_quantity: 15 },
        { title: "Hộp 1 kg", amount: 350000, stocked_quantity: 5 },
      ],
    })
    expect(res.status, res.text).toBe(201)
    const id = res.body.product.id
    const [row] = await sql<{ status: string; description: string }>(`select status, description from product where id = $1`, [id])
    expect(row).toEqual({ status: "draft", description: "Chả mực giã tay" })
    const own = await call("GET", `/producer/products/${id}`, tokens.A)
    expect(own.status).toBe(200)
    expect(own.body.product.variants.map((v: any) => [v.title, v.prices[0].amount, v.inventory_items[0].inventory.location_levels[0].stocked_quantity]).sort()).toEqual([
      ["Hộp 1 kg", 350000, 5],
      ["Hộp 500 g", 180000, 15],
    ])
    expect((await call("GET", `/producer/products/${id}`, tokens.B)).status).toBe(404)
    const { products } = await sdk.store.product.list({ id })
    expect(products).toHaveLength(0)
  })

  it.each([
    ["a title over 120 characters", { title: "M".repeat(121), variants: [{ title: "Gói", amount: 1000, stocked_quantity: 1 }] }, /title/],
    ["two variants with the same pack", { title: "Bánh gai mới", variants: [{ title: "Hộp", amount: 1000, stocked_quantity: 1 }, { title: "hộp", amount: 2000, stocked_quantity: 1 }] }, /variants: two variants have the same pack/],
    ["a price with decimals", { title: "Bánh gai mới", variants: [{ title: "Hộp", amount: 1000.5, stocked_quantity: 1 }] }, /amount/],
    ["negative stock", { title: "Bánh gai mới", variants: [{ title: "Hộp", amount: 1000, stocked_quantity: -3 }] }, /stocked_quantity/],
    ["no variant", { title: "Bánh gai mới", variants: [] }, /variants/],
  ])("refuses %s with 400 naming the field, and creates nothing", async (_n, body, message) => {
    const [before] = await sql<{ n: string }>(`select count(*) as n from product`)
    const res = await call("POST", "/producer/products", tokens.A, body)
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(message)
    const [after] = await sql<{ n: string }>(`select count(*) as n from product`)
    expect(after!.n).toBe(before!.n)
  })
})

describe("its share of campaigns", () => {
  it("lists the campaigns that cover its products with its own results, and B sees none of them", async () => {
    const handle = `tuan-le-mam-tep-${Date.now()}`
    const created = await call("POST", "/admin/ocop/campaigns", adminToken, {
      handle,
      title_vi: "Tuần lễ mắm tép",
      title_en: "Shrimp paste week",
      kind: "online_week",
      starts_at: new Date(Date.now() - 3600_000).toISOString(),
      ends_at: new Date(Date.now() + 3600_000).toISOString(),
      discount: { type: "percentage", value: 10 },
      target: { product_ids: [ids.A.product] },
    })
    expect(created.status, created.text).toBe(201)
    await orderFor(ids.A.variant, `chiendich.${Date.now()}@example.vn`)
    const { regions } = await sdk.store.region.list()
    const { products } = await sdk.store.product.list({ id: ids.A.product, region_id: regions[0]!.id, fields: "*variants.calculated_price" })
    const price = products[0]!.variants!.find((v) => v.id === ids.A.variant)!.calculated_price!.calculated_amount!
    const mine = await call("GET", "/producer/campaigns", tokens.A)
    const c = mine.body.campaigns.find((x: any) => x.handle === handle)
    expect(c).toMatchObject({ state: "active", your_products: 1, results: { orders: 1, units: 1, revenue_before: price, discount: price / 10 } })
    const theirs = await call("GET", "/producer/campaigns", tokens.B)
    expect(theirs.body.campaigns.find((x: any) => x.handle === handle)).toBeUndefined()
    await call("POST", `/admin/campaigns/${created.body.campaign.id}`, adminToken, { ends_at: new Date(Date.now() - 1000).toISOString() })
  })
})

describe("editing its own product", () => {
  it("stores the description as plain text and the low-stock threshold", async () => {
    const res = await call("POST", `/producer/products/${ids.A.product}`, tokens.A, { description: "Mắm <b>ngon</b><script>alert(1)</script>", low_stock_threshold: 8 })
    expect(res.status, res.text).toBe(200)
    const [row] = await sql<{ description: string; metadata: Record<string, unknown> }>(`select description, metadata from product where id = $1`, [ids.A.product])
    expect(row!.description).toBe("Mắm ngon")
    expect(row!.metadata.low_stock_threshold).toBe(8)
    const bad = await call("POST", `/producer/products/${ids.A.product}`, tokens.A, { low_stock_threshold: -1 })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/low_stock_threshold/)
  })
})

describe("shipping its own lines", () => {
  it("records a fulfillment with the tracking number, once", async () => {
    const order = await orderFor(ids.A.variant, `ship.${Date.now()}@example.vn`)
    const line = await lineOf(order)
    const first = await call("POST", `/producer/orders/${order}/lines/${line}/ship`, tokens.A, { tracking_number: "VNPOST-TH-1234" })
    expect(first.status, first.text).toBe(200)
    const [label] = await sql<{ tracking_number: string }>(
      `select l.tracking_number from order_fulfillment ofl join fulfillment_label l on l.fulfillment_id = ofl.fulfillment_id where ofl.order_id = $1`,
      [order]
    )
    expect(label!.tracking_number).toBe("VNPOST-TH-1234")
    const again = await call("POST", `/producer/orders/${order}/lines/${line}/ship`, tokens.A, { tracking_number: "VNPOST-TH-1234" })
    expect(again.status).toBe(400)
    expect(again.body.message).toMatch(/line_id: this line has been shipped already/)
    const short = await call("POST", `/producer/orders/${order}/lines/${line}/ship`, tokens.A, { tracking_number: "" })
    expect(short.status).toBe(400)
    expect(short.body.message).toMatch(/tracking_number/)
  })
})

describe("invites", () => {
  it("refuses an expired invite, a used one, and an invite for another address", async () => {
    const stamp = Date.now()
    const invite = await call("POST", `/admin/ocop/producers/${ids.A.producer}/staff`, adminToken, { email: `het-han.${stamp}@legia.vn` })
    await sql(`update producer_staff set invite_expires_at = now() - interval '1 minute' where id = $1`, [invite.body.staff.id])
    const reg = await call("POST", "/auth/producer/emailpass/register", undefined, { email: `het-han.${stamp}@legia.vn`, password: "mat-khau-nsx-1" })
    const expired = await call("POST", "/producer/invites/accept", reg.body.token, { token: invite.body.token })
    expect(expired.status).toBe(400)
    expect(expired.body.message).toMatch(/token: this invite has expired/)

    const other = await call("POST", `/admin/ocop/producers/${ids.A.producer}/staff`, adminToken, { email: `dung.${stamp}@legia.vn` })
    const wrong = await call("POST", "/auth/producer/emailpass/register", undefined, { email: `sai.${stamp}@legia.vn`, password: "mat-khau-nsx-1" })
    const mismatch = await call("POST", "/producer/invites/accept", wrong.body.token, { token: other.body.token })
    expect(mismatch.status).toBe(400)
    expect(mismatch.body.message).toMatch(/email: the invite was sent to another address/)
    const [row] = await sql<{ status: string }>(`select status from producer_staff where id = $1`, [other.body.staff.id])
    expect(row!.status).toBe("invited")
  })

  it("mails the invite link through the Notification Module", async () => {
    const email = `thu-moi.${Date.now()}@legia.vn`
    const invite = await call("POST", `/admin/ocop/producers/${ids.A.producer}/staff`, adminToken, { email })
    let url: string | undefined
    for (let i = 0; i < 40 && !url; i++) {
      const rows = await sql<{ data: { url: string } }>(`select data from notification where "to" = $1 and template = 'producer-invite'`, [email])
      url = rows[0]?.data.url
      if (!url) await new Promise((r) => setTimeout(r, 250))
    }
    expect(url).toMatch(/\/nha-san-xuat\/loi-moi\?token=/)
    expect(new URL(url!).searchParams.get("token")).toBe(invite.body.token)
  })

  it("refuses a second invite to an address that has an account", async () => {
    const [staff] = await sql<{ email: string }>(`select email from producer_staff where status = 'active' and producer_id = $1 limit 1`, [ids.A.producer])
    const again = await call("POST", `/admin/ocop/producers/${ids.A.producer}/staff`, adminToken, { email: staff!.email })
    expect(again.status).toBe(422)
    expect(again.body.message).toMatch(/email: .* already has a producer account/)
  })
})

describe("password reset", () => {
  it("mails a link through the Notification Module; the token sets a new password, the old one stops working", async () => {
    const email = `quen.${Date.now()}@legia.vn`
    await producerAccount(ids.A.producer, email)
    const asked = await call("POST", "/auth/producer/emailpass/reset-password", undefined, { identifier: email })
    expect(asked.status, asked.text).toBe(201)
    let url: string | undefined
    for (let i = 0; i < 40 && !url; i++) {
      const rows = await sql<{ data: { url: string } }>(`select data from notification where "to" = $1 and template = 'password-reset' order by created_at desc limit 1`, [email])
      url = rows[0]?.data.url
      if (!url) await new Promise((r) => setTimeout(r, 250))
    }
    expect(url).toMatch(/\/nha-san-xuat\/dat-lai-mat-khau\?token=.+&email=/)
    const token = new URL(url!).searchParams.get("token")!
    const updated = await call("POST", "/auth/producer/emailpass/update", token, { email, password: "mat-khau-moi-2027" })
    expect(updated.status, updated.text).toBe(200)
    expect((await call("POST", "/auth/producer/emailpass", undefined, { email, password: "mat-khau-moi-2027" })).status).toBe(200)
    expect((await call("POST", "/auth/producer/emailpass", undefined, { email, password: "mat-khau-nsx-1" })).status).toBe(401)
    // a used token does not work twice
    expect((await call("POST", "/auth/producer/emailpass/update", token, { email, password: "mat-khau-khac-2028" })).status).toBe(401)
  })
})
