import { describe, expect, it } from "vitest"
import { bankOf, readVietQr, vietQrPayload } from "./payload"

describe("VietQR payload", () => {
  it("is the published example, byte for byte (subiz/vietqr: 120.000 ₫ to VietinBank 0011001932418)", () => {
    // the note of that example is free text; a shop's is its reference
    const payload = vietQrPayload({ bankBin: "970415", accountNo: "0011001932418" }, 120_000, "ung ho lu lut")
    expect(payload).toBe(
      "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C",
    )
  })

  it("carries the Napas GUID, the account, VND, the amount and the reference, and reads back", () => {
    const payload = vietQrPayload({ bankBin: "970436", accountNo: "1023456789" }, 125_000, "OCOPKXMRTBHN")
    expect(payload.startsWith("000201010212")).toBe(true) // dynamic: it has an amount
    expect(payload).toContain("0010A000000727")
    expect(payload).toContain("0208QRIBFTTA")
    expect(payload).toContain("5303704")
    expect(payload).toContain("5406125000")
    expect(readVietQr(payload)).toEqual({
      bankBin: "970436",
      accountNo: "1023456789",
      amount: 125_000,
      note: "OCOPKXMRTBHN",
    })
    // one character changed: the CRC no longer matches
    expect(readVietQr(payload.replace("125000", "925000"))).toBeNull()
  })

  it("takes whole dong only", () => {
    for (const amount of [0, -5, 1.5, Number.NaN]) {
      expect(() => vietQrPayload({ bankBin: "970436", accountNo: "1" }, amount, "OCOPAAAAAAAA")).toThrow(RangeError)
    }
  })

  it("names the bank of a BIN, and no bank for an unknown one", () => {
    expect(bankOf("970436")?.shortName).toBe("Vietcombank")
    expect(bankOf("970415")?.shortName).toBe("VietinBank")
    expect(bankOf("123456")).toBeNull()
  })
})
