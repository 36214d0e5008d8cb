import { describe, expect, it } from "vitest"
import { formatVietnamesePhone, normalizeVietnamesePhone } from "./contact.js"

describe("normalizeVietnamesePhone", () => {
  it("accepts mobile numbers however they are typed", () => {
    expect(normalizeVietnamesePhone("0912 345 678")).toBe("0912345678")
    expect(normalizeVietnamesePhone("+84 912.345.678")).toBe("0912345678")
    expect(normalizeVietnamesePhone("84912345678")).toBe("0912345678")
    expect(normalizeVietnamesePhone("0386-123-456")).toBe("0386123456")
  })
  it("accepts landlines with their area code", () => {
    expect(normalizeVietnamesePhone("0237 385 2345")).toBe("02373852345")
  })
  it("refuses what no Vietnamese network issues", () => {
    expect(normalizeVietnamesePhone("091234567")).toBeNull() // 9 digits
    expect(normalizeVietnamesePhone("0112345678")).toBeNull() // no 01x mobiles since 2018
    expect(normalizeVietnamesePhone("0312345678")).toBeNull() // 031 is not a mobile prefix
    expect(normalizeVietnamesePhone("09123456789")).toBeNull() // 11 digits mobile
    expect(normalizeVietnamesePhone("abc0912345678")).toBeNull()
    expect(normalizeVietnamesePhone("")).toBeNull()
  })
  it("formats for reading", () => {
    expect(formatVietnamesePhone("0912345678")).toBe("0912 345 678")
    expect(formatVietnamesePhone("02373852345")).toBe("023 7385 2345")
  })
})
