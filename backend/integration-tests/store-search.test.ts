/**
 * POST /store/search through Medusa's Search Module and the Meilisearch provider, on the sample
 * catalogue: Vietnamese without diacritics, typos, facets, filters, bad input, and documents that
 * follow product changes.
 */
import Medusa from "@medusajs/js-sdk"
import { sql } from "../../tests/support/db"
import { indexSettled } from "../../tests/support/search"
import { beforeAll, describe, expect, inject, it } from "vitest"

const stack = inject("stack")
const store = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
const admin = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

type Result = {
  hits: { id: string; document: Record<string, any> }[]
  facets?: Record<string, any>
  metadata: { count: number }
}

async function search(body: Record<string, unknown>): Promise<{ status: number; result?: Result; message?: string }> {
  const res = await fetch(`${stack.backendUrl}/store/search`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
    body: JSON.stringify({ entity: "product", ...body }),
  })
  const json = (await res.json()) as { results?: Result[]; message?: string }
  return { status: res.status, result: json.results?.[0], message: json.message }
}
const titles = async (q: string, take = 3) =>
  (await search({ filters: { q }, pagination: { take } })).result!.hits.map((h) => h.document.title)

const sqlReset = (certificationId: string) =>
  sql(
    stack.databaseUrl,
    "update ocop_certification set status = 'active', status_reason = null, revoked_at = null where id = $1",
    [certificationId],
  )

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}

describe("store search (Meilisearch)", () => {
  // counts below are the sample catalogue's: wait for deletions other files made to reach the index
  beforeAll(() => indexSettled(stack), 70_000)

  it("finds Vietnamese products typed without diacritics", async () => {
    expect((await titles("nuoc mam"))[0]).toBe("Nước mắm Lê Gia – Cốt đặc biệt 40N")
    expect((await titles("mam tom le gia"))[0]).toBe("Mắm tôm Lê Gia")
    expect((await titles("CHE LAM"))[0]).toBe("Chè lam Phủ Quảng")
    expect((await titles("chè lam"))[0]).toBe("Chè lam Phủ Quảng")
  })

  it("forgives a one-letter typo in a word of five letters or more", async () => {
    expect(await titles("mat ong huonh hoa")).toContain("Mật ong Hưởng Hoa")
  })

  it("narrows by star, group and origin, with facet counts", async () => {
    const { result } = await search({
      filters: { star: 4 },
      pagination: { take: 1 },
      search_options: { facets: ["group", "legal_type"] },
    })
    expect(result!.metadata.count).toBe(17)
    expect(result!.facets!.group.values).toEqual([
      { value: "food", count: 12 },
      { value: "handicraft", count: 5 },
    ])
    const all = await search({ filters: {}, pagination: { take: 1 }, search_options: { facets: ["group", "star"] } })
    expect(all.message).toBeUndefined()
    expect(all.result!.metadata.count).toBe(69)
    expect(Object.fromEntries(all.result!.facets!.group.values.map((v: any) => [v.value, v.count]))).toEqual({
      food: 47,
      beverage: 5,
      handicraft: 7,
      herbal: 10,
    })
    const hoangHoa = await search({
      filters: { origin_district: "Huyện Hoằng Hóa", group: "beverage" },
      pagination: { take: 10 },
    })
    expect(hoangHoa.result!.hits.map((h) => h.document.title).sort()).toEqual([
      "Rượu sim rừng Bảo An",
      "Rượu đông trùng hạ thảo Lạch Trường",
    ])
  })

  it("sorts by price and pages", async () => {
    const { result } = await search({
      filters: { group: "handicraft" },
      pagination: { take: 3, skip: 0, order: { price_vnd: "ASC" } },
    })
    const prices = result!.hits.map((h) => h.document.price_vnd)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    const beyond = await search({ filters: { group: "handicraft" }, pagination: { take: 3, skip: 30 } })
    expect(beyond.result!.hits).toEqual([])
    expect(beyond.result!.metadata.count).toBe(7)
  })

  it("answers bad input with 400 or no results, never more than the filter allows", async () => {
    const unknown = await search({ filters: { colour: "red" } })
    expect(unknown.status).toBe(400)
    expect(unknown.message).toMatch(/colour/)
    const injected = await search({ filters: { group: 'food" OR group = "herbal' } })
    expect(injected.status).toBe(200)
    expect(injected.result!.hits).toEqual([])
    const prefix = await search({ filters: { group: { $prefix: "fo" } } })
    expect(prefix.status).toBe(400)
    expect(prefix.message).toMatch(/\$prefix/)
    const negative = await search({ filters: { price_vnd: { $lt: -1 } } })
    expect(negative.result!.hits).toEqual([])
  })

  it("drops a product that is unpublished, and brings it back when published again", async () => {
    await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
    const { products } = await store.store.product.list({ handle: "che-lam-phu-quang", fields: "id" })
    const id = products[0]!.id
    await admin.admin.product.update(id, { status: "draft" })
    expect(await eventually(async () => !(await titles("che lam phu quang", 5)).includes("Chè lam Phủ Quảng"))).toBe(
      true,
    )
    await admin.admin.product.update(id, { status: "published" })
    expect(await eventually(async () => (await titles("che lam phu quang", 5)).includes("Chè lam Phủ Quảng"))).toBe(
      true,
    )
  })

  it("follows price, stock and certification changes made elsewhere", async () => {
    await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
    const doc = async () =>
      (await search({ filters: { q: "keo gao lut duc giang" }, pagination: { take: 5 } })).result!.hits.find(
        (h) => h.document.handle === "keo-gao-lut-duc-giang",
      )?.document
    const { products } = await admin.admin.product.list({
      handle: "keo-gao-lut-duc-giang",
      fields:
        "id,variants.id,variants.prices.amount,variants.prices.currency_code,variants.inventory_items.inventory_item_id,+ocop_certification.id,+producer.id",
    })
    const p = products[0] as any
    const variant = p.variants[0]
    const oldPrice = variant.prices.find((x: any) => x.currency_code === "vnd").amount
    const itemId = variant.inventory_items[0].inventory_item_id
    const { stock_locations } = await admin.admin.stockLocation.list()
    const locationId = stock_locations[0]!.id
    const { inventory_item } = await admin.admin.inventoryItem.retrieve(itemId, {
      fields: "location_levels.stocked_quantity",
    } as never)
    const oldStock = (inventory_item as any).location_levels[0].stocked_quantity

    // price (a variant update)
    await admin.admin.product.updateVariant(p.id, variant.id, { prices: [{ currency_code: "vnd", amount: 99000 }] })
    expect(await eventually(async () => (await doc())?.price_vnd === 99000)).toBe(true)
    // stock (an inventory level)
    await admin.admin.inventoryItem.updateLevel(itemId, locationId, { stocked_quantity: 0 })
    expect(await eventually(async () => (await doc())?.in_stock === false)).toBe(true)
    // certification (the province revokes it)
    const revoke = await fetch(`${stack.backendUrl}/admin/ocop/certifications/${p.ocop_certification.id}/revoke`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${(await admin.client.getToken()) ?? ""}` },
      body: JSON.stringify({ reason: "kiểm thử đồng bộ tìm kiếm" }),
    })
    expect(revoke.status).toBe(200)
    expect(await eventually(async () => (await doc())?.certification_status === "revoked")).toBe(true)

    // put everything back; the producer update re-reads all its products
    await admin.admin.product.updateVariant(p.id, variant.id, { prices: [{ currency_code: "vnd", amount: oldPrice }] })
    await admin.admin.inventoryItem.updateLevel(itemId, locationId, { stocked_quantity: oldStock })
    await sqlReset(p.ocop_certification.id)
    const touch = await fetch(`${stack.backendUrl}/admin/ocop/producers/${p.producer.id}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${(await admin.client.getToken()) ?? ""}` },
      body: JSON.stringify({ description: "Sản xuất kẹo lạc, kẹo gạo lứt ở Thọ Xuân." }),
    })
    expect(touch.status).toBe(200)
    expect(
      await eventually(async () => {
        const d = await doc()
        return d?.certification_status === "active" && d?.in_stock === true && d?.price_vnd === oldPrice
      }),
    ).toBe(true)
  }, 60_000)

  it("drops a product taken out of the store's sales channel, and brings it back", async () => {
    await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
    const { products } = await store.store.product.list({ handle: "mat-ong-huong-hoa", fields: "id" })
    const id = products[0]!.id
    const { sales_channels } = await admin.admin.salesChannel.list({ name: "OCOP Market" })
    const channel = sales_channels[0]!.id
    const found = async () => (await titles("mat ong huong hoa", 5)).includes("Mật ong Hưởng Hoa")
    await admin.admin.salesChannel.batchProducts(channel, { remove: [id] })
    expect(await eventually(async () => !(await found()))).toBe(true)
    await admin.admin.salesChannel.batchProducts(channel, { add: [id] })
    expect(await eventually(found)).toBe(true)
  }, 40_000)
})
