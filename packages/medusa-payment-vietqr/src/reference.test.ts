import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { newTransferReference, REFERENCE_LETTERS, referenceIn } from "./reference"

describe("transfer references", () => {
  it("are the prefix and 8 letters none of which reads as a digit", () => {
    const seen = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const r = newTransferReference()
      expect(r).toMatch(/^OCOP[A-Z]{8}$/)
      expect([...r.slice(4)].every((c) => REFERENCE_LETTERS.includes(c))).toBe(true)
      seen.add(r)
    }
    expect(REFERENCE_LETTERS).not.toMatch(/[ILO]/)
    // 2,000 draws from 23^8: a repeat has a chance of 1 in 40,000, two of 1 in 3 billion
    expect(seen.size).toBeGreaterThanOrEqual(1999)
  })

  it("are found in a description as banks write it back", () => {
    expect(referenceIn("MBVCB.3278.OCOPKXMRTBHN.CT tu 0123 NGUYEN VAN A")).toBe("OCOPKXMRTBHN")
    expect(referenceIn("ocop kxmrtbhn chuyen tien")).toBe("OCOPKXMRTBHN")
    expect(referenceIn("IBFT OCOP-KXMRTBHN")).toBe("OCOPKXMRTBHN")
    expect(referenceIn("chuyen tien mua hang")).toBeNull()
    // nine letters is not a reference (another word that starts the same)
    expect(referenceIn("OCOPKXMRTBHNHNA")).toBeNull()
  })

  it("come back from any description that holds them", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const r = newTransferReference()
        const text = `${before.replace(/[a-z]/gi, "")} ${r} ${after.replace(/^[a-z]/i, "")}`
        expect(referenceIn(text)).toBe(r)
      }),
    )
  })
})
