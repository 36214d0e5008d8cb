/** The storefront's data layer (src/lib/medusa) against the real backend of the test stack. */
import { describe, expect, inject, it } from "vitest"
import {
  configFromEnv,
  createClient,
  getProductByHandle,
  getVietnamRegion,
  listProducts,
  searchCatalogue,
} from "@/lib/medusa"

const stack = inject("stack")
const client = createClient({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })

describe("storefront data layer", () => {
  it("finds the Việt Nam region", async () => {
    const region = await getVietnamRegion(client)
    expect(region.currency_code).toBe("vnd")
  })

  it("lists products newest first with prices in whole dong and pages through them", async () => {
    const region = await getVietnamRegion(client)
    const first = await listProducts(client, { regionId: region.id, limit: 40 })
    const rest = await listProducts(client, { regionId: region.id, limit: 40, offset: 40 })
    expect(first.count).toBe(69)
    expect(first.products).toHaveLength(40)
    expect(rest.products).toHaveLength(29)
    const all = [...first.products, ...rest.products]
    expect(new Set(all.map((p) => p.id)).size).toBe(69)
    for (const p of all) {
      expect(Number.isInteger(p.fromPrice)).toBe(true)
      expect(p.certification?.star).toBeGreaterThanOrEqual(3)
      expect(p.producer?.name).toBeTruthy()
      expect(p.sampleData).toBe(true)
    }
  })

  it("reads one product by handle with its stock", async () => {
    const region = await getVietnamRegion(client)
    const p = await getProductByHandle(client, "nuoc-mam-le-gia-cot-dac-biet-40n", region.id)
    expect(p).toMatchObject({ title: "Nước mắm Lê Gia – Cốt đặc biệt 40N", fromPrice: 125000 })
    expect(p!.certification).toMatchObject({
      star: 4,
      badge: true,
      proposedStar: 5,
      originToday: "Xã Hoằng Thanh, Thanh Hóa",
    })
    expect(p!.producer).toMatchObject({
      name: "Công ty TNHH Thực phẩm và Thương mại dịch vụ Lê Gia",
      legalType: "enterprise",
    })
    expect(p!.variants.find((v) => v.price === 690000)).toMatchObject({ title: "Thùng 6 chai 500 ml", inStock: true })
    const soldOut = await getProductByHandle(client, "tinh-dau-sa-chanh", region.id)
    expect(soldOut!.variants.every((v) => !v.inStock)).toBe(true)
    expect(await getProductByHandle(client, "khong-co-san-pham-nay", region.id)).toBeNull()
  })

  it("matches every word of a query of several words, and loosens only when nothing does", async () => {
    const anyMam = await searchCatalogue(client, { q: "mam" })
    const strict = await searchCatalogue(client, { q: "mam tom le gia" })
    expect(strict.loose).toBe(false)
    expect(strict.hits[0]!.handle).toBe("mam-tom-le-gia")
    // Lê Gia's products only, not every "mắm" of the catalogue
    expect(strict.hits.every((h) => /Lê Gia/.test(`${h.title} ${h.producer_name}`))).toBe(true)
    expect(strict.count).toBeLessThan(anyMam.count)
    const loose = await searchCatalogue(client, { q: "mam xyzqwv" })
    expect(loose.loose).toBe(true)
    expect(loose.count).toBeGreaterThan(0)
    expect((await searchCatalogue(client, { q: "xyzqwv" })).loose).toBe(false) // one word: nothing to loosen
  })

  it("says what is missing when the publishable key is not configured", () => {
    expect(() => configFromEnv({ MEDUSA_BACKEND_URL: "http://x" } as unknown as NodeJS.ProcessEnv)).toThrow(
      /MEDUSA_PUBLISHABLE_KEY/,
    )
  })
})
