import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { toSummary } from "./products"

const variant = (over: Partial<HttpTypes.StoreProductVariant>) =>
  ({ id: "v", title: "Chai 500 ml", manage_inventory: true, inventory_quantity: 5, allow_backorder: false, ...over }) as unknown as HttpTypes.StoreProductVariant

describe("toSummary", () => {
  it("takes the lowest price and the OCOP fields from metadata", () => {
    const s = toSummary({
      id: "p1",
      handle: "mam-tom-le-gia",
      title: "Mắm tôm Lê Gia",
      metadata: { ocop_star: 4, producer: "Lê Gia", origin: "xã Hoằng Phụ, Hoằng Hóa, Thanh Hóa", sample_data: true },
      variants: [
        variant({ id: "a", calculated_price: { calculated_amount: 690000 } as HttpTypes.StoreCalculatedPrice }),
        variant({ id: "b", calculated_price: { calculated_amount: 125000 } as HttpTypes.StoreCalculatedPrice }),
      ],
    } as unknown as HttpTypes.StoreProduct)
    expect(s).toMatchObject({ fromPrice: 125000, star: 4, producer: "Lê Gia", sampleData: true })
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
    expect(s.star).toBeNull()
  })
})
