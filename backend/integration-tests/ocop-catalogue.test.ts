/**
 * The OCOP catalogue through the store and admin APIs: the sample catalogue's figures, linked
 * certification and producer, the programme's rules on admin writes (400 naming the field, nothing
 * written), compensation, expiry and revocation.
 */
import Medusa from "@medusajs/js-sdk"
import { sql as sqlOn } from "../../tests/support/db"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"

const stack = inject("stack")
const store = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
const admin = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const countOf = async (table: string) =>
  Number((await sql<{ n: string }>(`select count(*) as n from ${table} where deleted_at is null`))[0]!.n)

async function stats() {
  return (await store.client.fetch<{ stats: Record<string, any> }>("/store/ocop/stats")).stats
}

/** A request with the admin token; returns status and body instead of throwing. */
async function adminRequest(method: "POST" | "DELETE", path: string, body?: unknown) {
  const token = await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
  const res = await fetch(stack.backendUrl + path, {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}
const adminPost = (path: string, body: unknown) => adminRequest("POST", path, body)

let profileId: string
let channelId: string
let leGiaId: string

const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
const monthsAgo = (n: number) => {
  const d = new Date(`${today.slice(0, 8)}05T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() - n)
  return d.toISOString().slice(0, 10)
}
const certification = (over: Record<string, unknown> = {}) => ({
  star: 3,
  score: 60,
  group: "food",
  decision_number: "99/QĐ-UBND (kiểm thử)",
  decision_date: monthsAgo(2),
  origin: { district: "Hoằng Hóa", commune: "xã Hoằng Phụ" },
  ...over,
})
let seq = 0
const newProduct = (additional_data: unknown) => ({
  title: `Sản phẩm kiểm thử ${++seq}`,
  handle: `san-pham-kiem-thu-${Date.now()}-${seq}`,
  status: "published",
  shipping_profile_id: profileId,
  sales_channels: [{ id: channelId }],
  options: [{ title: "Quy cách", values: ["Gói"] }],
  variants: [{ title: "Gói", options: { "Quy cách": "Gói" }, prices: [{ currency_code: "vnd", amount: 50000 }] }],
  additional_data,
})

beforeAll(async () => {
  await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
  profileId = (await sql<{ id: string }>("select id from shipping_profile limit 1"))[0]!.id
  channelId = (await sql<{ id: string }>("select id from sales_channel where name = 'OCOP Market'"))[0]!.id
  leGiaId = (await sql<{ id: string }>("select id from producer where name like '%Lê Gia'"))[0]!.id
})

describe("the sample Thanh Hóa catalogue", () => {
  it("reproduces the programme's 2021 figures exactly", async () => {
    const s = await stats()
    expect(s.certified_products).toBe(69)
    expect(s.producers).toBe(47)
    expect(s.producers_by_legal_type).toEqual({ enterprise: 24, cooperative: 11, cooperative_group: 2, household: 10 })
    expect(s.communes).toBe(45)
    expect(s.districts).toBe(18)
    expect(s.by_group).toEqual({ food: 47, beverage: 5, handicraft: 7, herbal: 10 })
    expect(s.by_star).toEqual({ "3": 52, "4": 17 })
    expect(s.proposed_higher_star).toBe(2)
    expect(s.by_district.reduce((n: number, d: { count: number }) => n + d.count, 0)).toBe(69)
    expect(s.by_commune_current.length).toBeGreaterThan(0)
  })

  it("returns certification and producer on /store/products with fields=+ocop_certification.*,+producer.*", async () => {
    const { products } = await store.store.product.list({
      handle: "mam-tom-le-gia",
      fields: "handle,+ocop_certification.*,+producer.*",
    })
    const p = products[0] as any
    expect(p.ocop_certification).toMatchObject({
      star: 4,
      proposed_star: 5,
      status: "active",
      origin_district_name: "Huyện Hoằng Hóa",
      origin_commune_name: "xã Hoằng Phụ",
      current_commune_name: "Xã Hoằng Thanh",
      sample_data: true,
    })
    expect(p.producer).toMatchObject({
      name: "Công ty TNHH Thực phẩm và Thương mại dịch vụ Lê Gia",
      legal_type: "enterprise",
    })
  })

  it("keeps a renamed commune's origin and where it lies today (Hà Lai → Lĩnh Toại)", async () => {
    const { products } = await store.store.product.list({
      handle: "banh-la-ha-lai",
      fields: "handle,+ocop_certification.*",
    })
    expect((products[0] as any).ocop_certification).toMatchObject({
      origin_commune_code: "15331",
      current_commune_name: "Xã Lĩnh Toại",
    })
  })

  it("lists producers by page, and one producer with its products", async () => {
    const page1 = await store.client.fetch<any>("/store/ocop/producers", { query: { limit: 20, offset: 0 } })
    const page3 = await store.client.fetch<any>("/store/ocop/producers", { query: { limit: 20, offset: 40 } })
    expect(page1.count).toBe(47)
    expect(page1.producers).toHaveLength(20)
    expect(page3.producers).toHaveLength(7)
    const { producer } = await store.client.fetch<any>(
      "/store/ocop/producers/cong-ty-tnhh-thuc-pham-va-thuong-mai-dich-vu-le-gia",
    )
    expect(producer.products.map((p: any) => p.handle).sort()).toEqual([
      "mam-tep-le-gia",
      "mam-tom-le-gia",
      "nuoc-mam-le-gia-cot-dac-biet-40n",
    ])
    expect(producer).toMatchObject({
      legal_type: "enterprise",
      commune_name: "Xã Hoằng Thanh",
      province_name: "Thanh Hóa",
    })
    const missing = await fetch(`${stack.backendUrl}/store/ocop/producers/khong-co`, {
      headers: { "x-publishable-api-key": stack.publishableKey },
    })
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ type: "not_found", code: "producer_not_found", field: "handle" })
  })
})

describe("admin writes OCOP data with products", () => {
  it("creates a product with its certification and producer, then updates the certification", async () => {
    const body = newProduct({ ocop_certification: certification(), producer_id: leGiaId })
    const created = await adminPost("/admin/products", body)
    expect(created.status).toBe(200)
    const id = created.body.product.id
    const { products } = await store.store.product.list({ id, fields: "+ocop_certification.*,+producer.name" })
    const c = (products[0] as any).ocop_certification
    expect(c).toMatchObject({
      star: 3,
      status: "active",
      issuing_level: "province",
      current_commune_name: "Xã Hoằng Thanh",
    })
    expect((products[0] as any).producer.name).toContain("Lê Gia")

    const updated = await adminPost(`/admin/products/${id}`, {
      additional_data: { ocop_certification: certification({ star: 4, score: 75 }) },
    })
    expect(updated.status).toBe(200)
    const after = await store.store.product.list({ id, fields: "+ocop_certification.*" })
    expect((after.products[0] as any).ocop_certification).toMatchObject({ id: c.id, star: 4, score: 75 })
    // leave the catalogue as seeded for the other tests
    expect((await adminRequest("DELETE", `/admin/products/${id}`)).status).toBe(200)
  })

  it.each([
    ["star 2", { star: 2 }, "star", "star_out_of_range", /3, 4 or 5/],
    ["star 6", { star: 6 }, "star", "star_out_of_range", /3, 4 or 5/],
    ["a score outside its band", { score: 75 }, "score", "score_outside_band", /outside the 3★ band \(50–69\)/],
    ["an unknown group", { group: "cosmetics" }, "group", "group_unknown", /unknown product group/],
    [
      "a decision date in the future",
      { decision_date: "2099-01-01" },
      "decision_date",
      "date_in_future",
      /in the future/,
    ],
    [
      "a validity that does not match",
      { valid_until: "2030-01-01" },
      "valid_until",
      "valid_until_mismatch",
      /36 months/,
    ],
    [
      "an unknown commune code",
      { origin: { district: "Hoằng Hóa", commune: "xã X", commune_code: "99999" } },
      "origin.commune_code",
      "commune_code_unknown",
      /unknown commune code/,
    ],
    [
      "a mismatched commune code",
      { origin: { district: "Hoằng Hóa", commune: "xã Hoằng Phụ", commune_code: "15544" } },
      "origin.commune_code",
      "commune_code_mismatch",
      /not in Huyện Hoằng Hóa/,
    ],
  ])(
    "refuses %s with 400 naming the field and its code, and writes nothing",
    async (_name, change, field, code, reason) => {
      const before = { products: await countOf("product"), certifications: await countOf("ocop_certification") }
      const res = await adminPost("/admin/products", newProduct({ ocop_certification: certification(change) }))
      expect(res.status).toBe(400)
      expect(res.body).toMatchObject({
        type: "invalid_data",
        code,
        field: `additional_data.ocop_certification.${field}`,
      })
      expect(res.body.message).toMatch(reason)
      expect({ products: await countOf("product"), certifications: await countOf("ocop_certification") }).toEqual(
        before,
      )
    },
  )

  it("undoes the product when the OCOP part fails inside the workflow (unknown producer)", async () => {
    const before = { products: await countOf("product"), certifications: await countOf("ocop_certification") }
    const body = newProduct({ ocop_certification: certification(), producer_id: "prod_ocop_doesnotexist" })
    const res = await adminPost("/admin/products", body)
    expect(res.status).toBe(404)
    expect(res.body).toMatchObject({ code: "producer_not_found", field: "additional_data.producer_id" })
    expect(await sql("select id from product where handle = $1 and deleted_at is null", [body.handle])).toEqual([])
    expect({ products: await countOf("product"), certifications: await countOf("ocop_certification") }).toEqual(before)
  })
})

describe("producers in the admin", () => {
  it("creates a producer, and refuses an unknown legal type naming the field", async () => {
    const ok = await adminPost("/admin/ocop/producers", {
      name: "HTX Kiểm Thử Hoằng Phụ",
      legal_type: "cooperative",
      commune_code: "16000",
      phone: "0912345678",
    })
    expect(ok.status).toBe(201)
    expect(ok.body.producer).toMatchObject({
      handle: "htx-kiem-thu-hoang-phu",
      commune_name: "Xã Hoằng Thanh",
      province_name: "Thanh Hóa",
    })
    const before = await countOf("producer")
    const bad = await adminPost("/admin/ocop/producers", { name: "Công ty X", legal_type: "company" })
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ type: "invalid_data", code: "legal_type_unknown", field: "legal_type" })
    const badPhone = await adminPost("/admin/ocop/producers", {
      name: "Công ty Y",
      legal_type: "enterprise",
      phone: "12345",
    })
    expect(badPhone.status).toBe(400)
    expect(badPhone.body).toMatchObject({ code: "phone_invalid", field: "phone" })
    expect(await countOf("producer")).toBe(before)
  })
})

describe("certificates that lapse or are revoked", () => {
  let certId: string
  let original: { valid_until: string; decision_date: string }

  beforeAll(async () => {
    const { products } = await store.store.product.list({
      handle: "keo-lac-duc-giang",
      fields: "+ocop_certification.*",
    })
    const c = (products[0] as any).ocop_certification
    certId = c.id
    original = { valid_until: c.valid_until, decision_date: c.decision_date }
  })

  afterAll(async () => {
    await sql(
      "update ocop_certification set status = 'active', status_reason = null, revoked_at = null, valid_until = $2, decision_date = $3 where id = $1",
      [certId, original.valid_until, original.decision_date],
    )
  })

  it("the expiry job takes the badge away the day after validity ends, and the store says why", async () => {
    await sql("update ocop_certification set decision_date = '2022-01-10', valid_until = '2025-01-10' where id = $1", [
      certId,
    ])
    const run = await adminPost("/admin/ocop/certifications/expire", {})
    expect(run.status).toBe(200)
    expect(run.body.expired).toEqual([certId])
    const { products } = await store.store.product.list({
      handle: "keo-lac-duc-giang",
      fields: "handle,+ocop_certification.*,*variants",
    })
    const c = (products[0] as any).ocop_certification
    expect(c.status).toBe("expired")
    expect(c.status_reason).toBe("Giấy chứng nhận hết hiệu lực sau ngày 2025-01-10")
    expect(products[0]!.variants!.length).toBeGreaterThan(0) // still for sale
    const s = await stats()
    expect(s.certified_products).toBe(68)
    expect(s.not_certified_now.expired).toBe(1)
  })

  it("a revoked certificate loses the badge with the province's reason", async () => {
    await sql("update ocop_certification set status = 'active', status_reason = null, valid_until = $2 where id = $1", [
      certId,
      original.valid_until,
    ])
    const res = await adminPost(`/admin/ocop/certifications/${certId}/revoke`, { reason: "vi phạm chất lượng" })
    expect(res.status).toBe(200)
    expect(res.body.certification).toMatchObject({
      status: "revoked",
      status_reason: "Giấy chứng nhận bị thu hồi: vi phạm chất lượng",
    })
    const again = await adminPost(`/admin/ocop/certifications/${certId}/revoke`, { reason: "lần nữa" })
    expect(again.status).toBe(400)
    expect(again.body).toMatchObject({ code: "certification_revoked_already", field: "id" })
    const short = await adminPost(`/admin/ocop/certifications/${certId}/revoke`, { reason: "" })
    expect(short.status).toBe(400)
    expect(short.body).toMatchObject({ code: "too_small", field: "reason" })
  })
})
