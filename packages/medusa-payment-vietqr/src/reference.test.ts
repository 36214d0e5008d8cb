import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { newTransferReference, REFERENCE_LETTERS, referenceIn } from "./reference"

describe("transfer references", () => {
  it("are the prefix and 6 letters none of which reads as a digit", () => {
    const seen = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const r = newTransferReference()
      expect(r).toMatch(/^OCOP[A-Z]{6}$/)
      expect([...r.slice(4)].every((c) => REFERENCE_LETTERS.includes(c))).toBe(true)
      seen.add(r)
    }
    expect(REFERENCE_LETTERS).not.toMatch(/[ILO]/)
    expect(seen.size).toBe(2000)
  })

  it("are found in a description as banks write it back", () => {
    expect(referenceIn("MBVCB.3278.OCOPKXMRTB.CT tu 0123 NGUYEN VAN A")).toBe("OCOPKXMRTB")
    expect(referenceIn("ocop kxmrtb chuyen tien")).toBe("OCOPKXMRTB")
    expect(referenceIn("IBFT OCOP-KXMRTB")).toBe("OCOPKXMRTB")
    expect(referenceIn("chuyen tien mua hang")).toBeNull()
    // seven letters is not a reference (another word that starts the same)
    expect(referenceIn("OCOPKXMRTBA")).toBeNull()
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
