import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { toSummary } from "./products"

const variant = (over: Partial<HttpTypes.StoreProductVariant>) =>
  ({
    id: "v",
    title: "Chai 500 ml",
    manage_inventory: true,
    inventory_quantity: 5,
    allow_backorder: false,
    ...over,
  }) as unknown as HttpTypes.StoreProductVariant

describe("toSummary", () => {
  it("shows no badge for an expired certificate and keeps the reason", () => {
    const s = toSummary({
      id: "p3",
      handle: "x",
      title: "x",
      variants: [],
      ocop_certification: {
        star: 3,
        status: "expired",
        status_reason: "hết hiệu lực sau ngày 2026-01-01",
        decision_date: "2023-01-01",
        valid_until: "2026-01-01",
      },
    } as unknown as HttpTypes.StoreProduct)
    expect(s.certification).toMatchObject({
      badge: false,
      status: "expired",
      statusReason: "hết hiệu lực sau ngày 2026-01-01",
    })
  })

  it("takes the lowest price and the OCOP fields from metadata", () => {
    const s = toSummary({
      id: "p1",
      handle: "mam-tom-le-gia",
      title: "Mắm tôm Lê Gia",
      metadata: { sample_data: true },
      producer: { name: "Lê Gia", handle: "le-gia", legal_type: "enterprise" },
      ocop_certification: {
        star: 4,
        status: "active",
        status_reason: null,
        score: 86,
        group: "food",
        decision_number: "1/QĐ-UBND",
        decision_date: "2025-08-05",
        issuing_level: "province",
        valid_until: "2028-08-05",
        proposed_star: 5,
        origin_commune_name: "xã Hoằng Phụ",
        origin_district_name: "Huyện Hoằng Hóa",
        origin_province_name: "Thanh Hóa",
        current_commune_name: "Xã Hoằng Thanh",
        current_province_name: "Thanh Hóa",
      },
      variants: [
        variant({ id: "a", calculated_price: { calculated_amount: 690000 } as HttpTypes.StoreCalculatedPrice }),
        variant({ id: "b", calculated_price: { calculated_amount: 125000 } as HttpTypes.StoreCalculatedPrice }),
      ],
    } as unknown as HttpTypes.StoreProduct)
    expect(s).toMatchObject({
      fromPrice: 125000,
      producer: { name: "Lê Gia", legalType: "enterprise" },
      sampleData: true,
    })
    expect(s.certification).toMatchObject({
      star: 4,
      badge: true,
      proposedStar: 5,
      originCertified: "xã Hoằng Phụ, Huyện Hoằng Hóa, Thanh Hóa",
      originToday: "Xã Hoằng Thanh, Thanh Hóa",
    })
    expect(s.variants.map((v) => v.price)).toEqual([690000, 125000])
  })

  it("knows sold out from stock, untracked and backorder variants", () => {
    const s = toSummary({
      id: "p2",
      handle: "x",
      title: "x",
      variants: [
        variant({ id: "none", inventory_quantity: 0 }),
        variant({ id: "untracked", manage_inventory: false, inventory_quantity: 0 }),
        variant({ id: "backorder", inventory_quantity: 0, allow_backorder: true }),
      ],
    } as unknown as HttpTypes.StoreProduct)
    expect(s.variants.map((v) => [v.id, v.inStock, v.stock])).toEqual([
      ["none", false, 0],
      ["untracked", true, null],
      ["backorder", true, 0],
    ])
    expect(s.fromPrice).toBeNull()
    expect(s.certification).toBeNull()
  })
})
