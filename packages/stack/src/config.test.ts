import { describe, expect, it } from "vitest"
import { readConfig } from "./config"

const root = "/tmp/ocop-config-test"
const vietQr = {
  VIETQR_BANK_BIN: "970436",
  VIETQR_ACCOUNT_NO: "1023456789",
  VIETQR_ACCOUNT_NAME: "HTX OCOP",
  VIETQR_WEBHOOK_SECRET: "0123456789abcdef0123",
}
const vnpay = { VNPAY_TMN_CODE: "OCOPTEST", VNPAY_HASH_SECRET: "SECRETSECRETSECRETSECRET" }

describe("payment providers' settings at start-up", () => {
  it("are passed on to the backend when right, and the provider is offered", () => {
    const config = readConfig(root, { ...vietQr, ...vnpay })
    expect(config.vietQr).toEqual({ env: vietQr, offered: true, problem: undefined })
    expect(config.vnpay).toMatchObject({ env: vnpay, offered: true })
  })

  it("switch the provider off when wrong, with one line naming the setting (the shop still starts)", () => {
    const config = readConfig(root, { ...vietQr, VIETQR_BANK_BIN: "123456", ...vnpay, VNPAY_TMN_CODE: "x" })
    expect(config.vietQr.offered).toBe(false)
    expect(config.vietQr.problem).toMatch(/^VIETQR_BANK_BIN: "123456" is not the Napas BIN/)
    expect(config.vnpay.offered).toBe(false)
    expect(config.vnpay.problem).toMatch(/^VNPAY_TMN_CODE: /)
  })

  it("offer nothing, and say nothing, when none is set", () => {
    const config = readConfig(root, {})
    expect(config.vietQr).toEqual({ env: {}, offered: false, problem: undefined })
    expect(config.vnpay).toEqual({ env: {}, offered: false, problem: undefined })
  })
})
