import { describe, expect, it } from "vitest"
import { CARRIER_CODES, carrierLabel, isCarrier } from "./carriers"

describe("carriers", () => {
  it("names each carrier in both languages, the producer's own delivery too", () => {
    expect(carrierLabel("vnpost")).toBe("Bưu điện Việt Nam (VNPost)")
    expect(carrierLabel("vnpost", "en")).toBe("Vietnam Post (VNPost)")
    expect(carrierLabel("self", "en")).toBe("Delivered by the producer")
    expect(new Set(CARRIER_CODES).size).toBe(CARRIER_CODES.length)
  })
  it("knows only its own codes, and shows an unknown one as it is", () => {
    expect(isCarrier("ghn")).toBe(true)
    expect(isCarrier("GHN")).toBe(false)
    expect(isCarrier(undefined)).toBe(false)
    expect(carrierLabel("dhl")).toBe("dhl")
  })
})
