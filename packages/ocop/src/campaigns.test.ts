import { describe, expect, it } from "vitest"
import { campaignState, discountedPrice, periodsOverlap, validateCampaignRules } from "./campaigns.js"

const base = {
  starts_at: "2026-12-01T00:00:00+07:00",
  ends_at: "2026-12-08T00:00:00+07:00",
  lowest_price: 55000,
  product_count: 3,
}

describe("campaign rules", () => {
  it("prices a discount in whole dong", () => {
    expect(discountedPrice(125000, { type: "percentage", value: 20 })).toBe(100000)
    expect(discountedPrice(55000, { type: "percentage", value: 15 })).toBe(46750)
    expect(discountedPrice(33333, { type: "percentage", value: 10 })).toBe(30000) // 3333.3 off, rounded
    expect(discountedPrice(125000, { type: "fixed", value: 20000 })).toBe(105000)
  })

  it("knows when a campaign runs: start included, end excluded", () => {
    expect(campaignState(base.starts_at, base.ends_at, new Date("2026-11-30T16:59:59Z"))).toBe("upcoming")
    expect(campaignState(base.starts_at, base.ends_at, new Date("2026-11-30T17:00:00Z"))).toBe("active")
    expect(campaignState(base.starts_at, base.ends_at, new Date("2026-12-07T16:59:59Z"))).toBe("active")
    expect(campaignState(base.starts_at, base.ends_at, new Date("2026-12-07T17:00:00Z"))).toBe("ended")
  })

  it("accepts a sound campaign", () => {
    expect(validateCampaignRules({ ...base, discount: { type: "percentage", value: 20 } })).toEqual([])
    expect(validateCampaignRules({ ...base, discount: { type: "fixed", value: 10000 } })).toEqual([])
  })

  it("refuses what cannot be sold, naming the field", () => {
    const fields = (e: { field: string }[]) => e.map((x) => x.field)
    expect(
      fields(validateCampaignRules({ ...base, ends_at: base.starts_at, discount: { type: "percentage", value: 20 } })),
    ).toEqual(["ends_at"])
    expect(
      fields(
        validateCampaignRules({
          ...base,
          ends_at: "2026-11-01T00:00:00Z",
          discount: { type: "percentage", value: 20 },
        }),
      ),
    ).toEqual(["ends_at"])
    expect(fields(validateCampaignRules({ ...base, discount: { type: "percentage", value: 95 } }))).toEqual([
      "discount.value",
    ])
    expect(fields(validateCampaignRules({ ...base, discount: { type: "percentage", value: 12.5 } }))).toEqual([
      "discount.value",
    ])
    expect(validateCampaignRules({ ...base, discount: { type: "fixed", value: 1500.5 } })[0]!.message).toMatch(
      /whole number of dong/,
    )
    expect(validateCampaignRules({ ...base, discount: { type: "fixed", value: 55000 } })[0]!.message).toMatch(
      /not below the cheapest covered price \(55000 ₫\)/,
    )
    expect(
      fields(
        validateCampaignRules({
          ...base,
          product_count: 0,
          lowest_price: null,
          discount: { type: "fixed", value: 1000 },
        }),
      ),
    ).toEqual(["target"])
  })

  it("sees overlapping periods, and periods that only touch as not overlapping", () => {
    const now = new Date("2026-11-28T00:00:00Z")
    const a = { starts_at: "2026-12-01T00:00:00Z", ends_at: "2026-12-08T00:00:00Z" }
    expect(periodsOverlap(a, { starts_at: "2026-12-07T00:00:00Z", ends_at: "2026-12-20T00:00:00Z" }, now)).toBe(true)
    expect(periodsOverlap(a, { starts_at: "2026-12-08T00:00:00Z", ends_at: "2026-12-20T00:00:00Z" }, now)).toBe(false)
  })

  it("ignores what has passed: an ended campaign never blocks a new one", () => {
    const now = new Date("2026-12-05T12:00:00Z")
    const endedEarly = { starts_at: "2026-12-01T00:00:00Z", ends_at: "2026-12-05T11:00:00Z" }
    const running = { starts_at: "2026-12-01T00:00:00Z", ends_at: "2026-12-06T00:00:00Z" }
    const startedAnHourAgo = { starts_at: "2026-12-05T11:00:00Z", ends_at: "2026-12-10T00:00:00Z" }
    expect(periodsOverlap(startedAnHourAgo, endedEarly, now)).toBe(false)
    expect(periodsOverlap(startedAnHourAgo, running, now)).toBe(true)
  })
})

describe("campaign results", () => {
  it("counts orders, units, revenue before and after discount, unique buyers, per producer and per Vietnamese day", async () => {
    const { campaignResults } = await import("./campaigns")
    const producers: Record<string, { id: string; name: string }> = {
      fish: { id: "lg", name: "Lê Gia" },
      paste: { id: "lg", name: "Lê Gia" },
      tea: { id: "t", name: "Chè" },
    }
    const r = campaignResults(
      [
        {
          order_id: "o1",
          email: "a@x.vn",
          created_at: "2026-12-01T16:30:00Z",
          product_id: "fish",
          quantity: 2,
          unit_price: 125000,
          discount: 50000,
        },
        {
          order_id: "o1",
          email: "a@x.vn",
          created_at: "2026-12-01T16:30:00Z",
          product_id: "paste",
          quantity: 1,
          unit_price: 55000,
          discount: 11000,
        },
        {
          order_id: "o2",
          email: "A@x.vn",
          created_at: "2026-12-02T03:00:00Z",
          product_id: "tea",
          quantity: 1,
          unit_price: 40000,
          discount: 8000,
        },
      ],
      (id) => producers[id],
    )
    expect(r.total).toEqual({
      orders: 2,
      units: 4,
      revenue_before: 345000,
      revenue_after: 276000,
      discount: 69000,
      unique_buyers: 1,
    })
    expect(r.by_producer.map((p) => [p.producer.name, p.orders, p.revenue_after])).toEqual([
      ["Lê Gia", 1, 244000],
      ["Chè", 1, 32000],
    ])
    // 16:30 UTC on 1 December is 23:30 in Vietnam, 2 December 03:00 UTC is 10:00: two days
    expect(r.by_day.map((d) => [d.day, d.orders])).toEqual([
      ["2026-12-01", 1],
      ["2026-12-02", 1],
    ])
  })
})
