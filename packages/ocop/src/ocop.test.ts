import { describe, expect, it } from "vitest"
import {
  certificateValidUntil,
  foldVietnamese,
  formatVnd,
  groupDrawingUrl,
  isCertificateValid,
  isGroupDrawing,
  drawingInLanguage,
  isWholeDong,
  slugifyVietnamese,
  starForScore,
} from "./index.js"

describe("formatVnd", () => {
  it("formats whole dong with dot grouping and the ₫ sign", () => {
    expect(formatVnd(125000)).toBe("125.000\u00a0₫")
    expect(formatVnd(0)).toBe("0\u00a0₫")
    expect(formatVnd(1250000)).toBe("1.250.000\u00a0₫")
    expect(formatVnd("45000")).toBe("45.000\u00a0₫")
  })
  it("never prints decimals", () => {
    expect(formatVnd(99999.6)).toBe("100.000\u00a0₫")
  })
  it("rejects what is not an amount", () => {
    expect(() => formatVnd(Number.NaN)).toThrow(/finite number/)
    expect(() => formatVnd(null)).toThrow(/finite number/)
    expect(() => formatVnd("abc")).toThrow(/finite number/)
  })
  it("knows a whole-dong amount", () => {
    expect(isWholeDong(125000)).toBe(true)
    expect(isWholeDong(1.5)).toBe(false)
    expect(isWholeDong(-1)).toBe(false)
    expect(isWholeDong("1")).toBe(false)
  })
})

describe("foldVietnamese", () => {
  it("removes diacritics and folds đ", () => {
    expect(foldVietnamese("Nước mắm Lê Gia")).toBe("nuoc mam le gia")
    expect(foldVietnamese("ĐỒNG HỒ")).toBe("dong ho")
    expect(foldVietnamese("  Chè   lam  ")).toBe("che lam")
  })
  it("folds precomposed and decomposed input alike", () => {
    expect(foldVietnamese("Hoằng Hóa".normalize("NFD"))).toBe(foldVietnamese("Hoằng Hóa".normalize("NFC")))
  })
  it("makes URL handles", () => {
    expect(slugifyVietnamese("Nước mắm Lê Gia – Cốt đặc biệt 40N")).toBe("nuoc-mam-le-gia-cot-dac-biet-40n")
  })
})

describe("starForScore", () => {
  it.each([
    [49, null],
    [50, 3],
    [69, 3],
    [70, 4],
    [89, 4],
    [90, 5],
    [100, 5],
  ])("%i points → %s", (score, star) => {
    expect(starForScore(score)).toBe(star)
  })
  it("rejects scores outside 0–100", () => {
    expect(() => starForScore(101)).toThrow(/0 to 100/)
    expect(() => starForScore(-1)).toThrow(/0 to 100/)
    expect(() => starForScore(70.5)).toThrow(/whole number/)
  })
})

describe("certificate validity", () => {
  it("lasts 36 months from the decision date", () => {
    expect(certificateValidUntil("2023-08-05")).toBe("2026-08-05")
    expect(isCertificateValid("2023-08-05", "2026-08-05")).toBe(true)
    // the day it lapses
    expect(isCertificateValid("2023-08-05", "2026-08-06")).toBe(false)
  })
  it("handles a decision on 29 February", () => {
    expect(certificateValidUntil("2024-02-29")).toBe("2027-02-28")
  })
  it("is not valid before its decision", () => {
    expect(isCertificateValid("2025-01-10", "2025-01-09")).toBe(false)
  })
  it("rejects a malformed date", () => {
    expect(() => certificateValidUntil("05/08/2023")).toThrow(/YYYY-MM-DD/)
    expect(() => certificateValidUntil("2023-02-30")).toThrow(/no such date/)
  })
})

describe("salesByGroup", () => {
  it("counts orders once per group, units and revenue in whole dong, and skips uncertified products", async () => {
    const { salesByGroup } = await import("./index")
    const groups: Record<string, string> = { fish: "food", shrimp: "food", tea: "beverage" }
    const sales = salesByGroup(
      [
        { order_id: "o1", product_id: "fish", quantity: 2, unit_price: 125000 },
        { order_id: "o1", product_id: "shrimp", quantity: 1, unit_price: 55000, discount: 11000 },
        { order_id: "o2", product_id: "tea", quantity: 3, unit_price: 40000 },
        { order_id: "o2", product_id: "mystery", quantity: 9, unit_price: 1 },
        { order_id: "o3", product_id: null, quantity: 1, unit_price: 1 },
      ],
      (id) => groups[id],
    )
    expect(sales).toEqual([
      { group: "food", orders: 1, units: 3, revenue: 294000 },
      { group: "beverage", orders: 1, units: 3, revenue: 120000 },
    ])
  })
})

describe("group drawings", () => {
  it("are addressed on the storefront, absolute when its address is known", () => {
    expect(groupDrawingUrl("food")).toBe("/images/groups/food.svg")
    expect(groupDrawingUrl("herbal", "https://ocop.thanhhoa.vn/")).toBe(
      "https://ocop.thanhhoa.vn/images/groups/herbal.svg",
    )
  })

  it("are told apart from a producer's photo", () => {
    expect(isGroupDrawing("http://localhost:8000/images/groups/food.svg")).toBe(true)
    expect(isGroupDrawing("/images/groups/handicraft.svg")).toBe(true)
    expect(isGroupDrawing("http://localhost:9000/static/1795917251038-food.png")).toBe(false)
    expect(isGroupDrawing("http://localhost:9000/static/images/groups/food.svg.png")).toBe(false)
  })

  it("carry an English label on the English shop, photos unchanged", () => {
    expect(drawingInLanguage("http://localhost:8000/images/groups/food.svg", "en")).toBe(
      "http://localhost:8000/images/groups/en/food.svg",
    )
    expect(drawingInLanguage("/images/groups/food.svg", "vi")).toBe("/images/groups/food.svg")
    expect(drawingInLanguage("http://localhost:9000/static/1795917251038-food.png", "en")).toBe(
      "http://localhost:9000/static/1795917251038-food.png",
    )
    expect(drawingInLanguage(null, "en")).toBeNull()
  })
})
