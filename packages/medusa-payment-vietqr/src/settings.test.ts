import { describe, expect, it } from "vitest"
import { noticeSignatureValid, signNotice } from "./notice-signature"
import { vietQrSettings } from "./settings"

const good = {
  VIETQR_BANK_BIN: "970436",
  VIETQR_ACCOUNT_NO: "1023456789",
  VIETQR_ACCOUNT_NAME: "HTX NONG SAN THANH HOA",
  VIETQR_WEBHOOK_SECRET: "0123456789abcdef0123",
}

describe("VietQR settings", () => {
  it("are off when none is set, and read when all are", () => {
    expect(vietQrSettings({})).toBeNull()
    expect(vietQrSettings(good)).toEqual({
      settings: {
        bankBin: "970436",
        accountNo: "1023456789",
        accountName: "HTX NONG SAN THANH HOA",
        webhookSecret: "0123456789abcdef0123",
        paymentHours: 24,
      },
    })
  })

  it.each([
    [{ VIETQR_ACCOUNT_NO: "" }, "VIETQR_ACCOUNT_NO: required"],
    [{ VIETQR_BANK_BIN: "999999" }, "VIETQR_BANK_BIN:"],
    [{ VIETQR_BANK_BIN: "97043" }, "VIETQR_BANK_BIN:"],
    [{ VIETQR_ACCOUNT_NO: "12 34" }, "VIETQR_ACCOUNT_NO:"],
    [{ VIETQR_ACCOUNT_NAME: "Hợp tác xã" }, "VIETQR_ACCOUNT_NAME:"],
    [{ VIETQR_WEBHOOK_SECRET: "" }, "VIETQR_WEBHOOK_SECRET: required"],
    [{ VIETQR_WEBHOOK_SECRET: "short" }, "VIETQR_WEBHOOK_SECRET:"],
    [{ VIETQR_PAYMENT_HOURS: "0" }, "VIETQR_PAYMENT_HOURS:"],
    [{ VIETQR_PAYMENT_HOURS: "1.5" }, "VIETQR_PAYMENT_HOURS:"],
    [{ VIETQR_PAYMENT_HOURS: "200" }, "VIETQR_PAYMENT_HOURS:"],
  ])("names the wrong setting in one line: %o", (change, start) => {
    const answer = vietQrSettings({ ...good, ...change })
    expect(answer).toHaveProperty("error")
    const error = (answer as { error: string }).error
    expect(error.startsWith(start)).toBe(true)
    expect(error).not.toContain("\n")
  })
})

describe("bank notice signatures", () => {
  const body = JSON.stringify({ id: 92704, transferAmount: 125000, content: "OCOPKXMRTBHN" })
  it("take the body signed with the secret, and nothing else", () => {
    const header = signNotice("bi-mat-chung-16-ky-tu", body)
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/)
    expect(noticeSignatureValid("bi-mat-chung-16-ky-tu", body, header)).toBe(true)
    expect(noticeSignatureValid("bi-mat-khac-16-ky-tu", body, header)).toBe(false)
    expect(noticeSignatureValid("bi-mat-chung-16-ky-tu", body.replace("125000", "925000"), header)).toBe(false)
    expect(noticeSignatureValid("bi-mat-chung-16-ky-tu", body, undefined)).toBe(false)
    expect(noticeSignatureValid("bi-mat-chung-16-ky-tu", body, header.slice(0, -1))).toBe(false)
  })
})
