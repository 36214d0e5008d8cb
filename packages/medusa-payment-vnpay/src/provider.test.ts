import crypto from "node:crypto"
import { describe, expect, it } from "vitest"
import { vnpayDate } from "./client"
import { VnpayPaymentProvider, type VnpayData } from "./provider"
import { vnpaySettings } from "./settings"

const options = {
  tmnCode: "OCOPTEST",
  hashSecret: "SECRETSECRETSECRETSECRETSECRET12",
  host: "https://sandbox.vnpayment.vn",
  apiHost: "https://sandbox.vnpayment.vn",
  returnUrl: "https://ocop.example.vn/thanh-toan/vnpay",
}

/** VNPay's checksum, written here from its documentation: HMAC-SHA512 of the sorted, encoded query. */
function expectedHash(url: URL) {
  const params = [...url.searchParams.entries()]
    .filter(([k]) => k !== "vnp_SecureHash")
    .sort(([a], [b]) => (a < b ? -1 : 1))
  const signed = new URLSearchParams(params).toString()
  return crypto.createHmac("sha512", options.hashSecret).update(Buffer.from(signed, "utf-8")).digest("hex")
}

describe("the VNPay payment URL", () => {
  it("asks for dong × 100 with the shop's terminal, return URL and expiry, signed HMAC-SHA512", async () => {
    const provider = new VnpayPaymentProvider({}, options)
    const { id, data } = await provider.initiatePayment({
      amount: 125_000,
      currency_code: "vnd",
      data: { client_ip: "203.113.1.9" },
    } as never)
    const d = data as VnpayData
    expect(id).toBe(d.txn_ref)
    expect(d.txn_ref).toMatch(/^OCOP[0-9A-Z]+$/)
    const url = new URL(d.payment_url)
    expect(url.origin + url.pathname).toBe("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html")
    const q = Object.fromEntries(url.searchParams)
    expect(q).toMatchObject({
      vnp_Amount: "12500000",
      vnp_Command: "pay",
      vnp_CurrCode: "VND",
      vnp_TmnCode: "OCOPTEST",
      vnp_TxnRef: d.txn_ref,
      vnp_IpAddr: "203.113.1.9",
      vnp_ReturnUrl: options.returnUrl,
      vnp_Locale: "vn",
    })
    const at = (v: string) => Date.parse(v.replace(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, "$1-$2-$3T$4:$5:$6Z"))
    expect(at(q.vnp_ExpireDate!) - at(q.vnp_CreateDate!)).toBe(15 * 60_000) // 15 minutes to pay
    expect(q.vnp_SecureHash).toBe(expectedHash(url))

    // a shopper in English: VNPay's page in English, and back to the English return page
    const english = new VnpayPaymentProvider(
      {},
      { ...options, returnUrlByLocale: { en: "https://ocop.example.vn/en/checkout/vnpay" } },
    )
    const en = new URL(
      (
        (await english.initiatePayment({ amount: 1000, currency_code: "vnd", data: { locale: "en" } } as never))
          .data as VnpayData
      ).payment_url,
    )
    expect(en.searchParams.get("vnp_Locale")).toBe("en")
    expect(en.searchParams.get("vnp_ReturnUrl")).toBe("https://ocop.example.vn/en/checkout/vnpay")
  })

  it("is paid only once the IPN has said so, and then captured", async () => {
    const provider = new VnpayPaymentProvider({}, options)
    const { data } = await provider.initiatePayment({ amount: 85_000, currency_code: "vnd" } as never)
    expect((await provider.authorizePayment({ data } as never)).status).toBe("pending")
    const paid = { ...data, paid: { transaction_no: "14123456", bank_code: "NCB", pay_date: "20261204101500", at: "" } }
    expect((await provider.authorizePayment({ data: paid } as never)).status).toBe("captured")
    expect(
      (await provider.authorizePayment({ data: { ...data, failed: { response_code: "24" } } } as never)).status,
    ).toBe("error")
    await expect(provider.initiatePayment({ amount: 85_000, currency_code: "usd" } as never)).rejects.toThrow(/VND/)
    await expect(provider.initiatePayment({ amount: 85_000.5, currency_code: "vnd" } as never)).rejects.toThrow(/dong/)
  })

  it("writes dates in Vietnam time", () => {
    expect(vnpayDate(new Date("2026-12-04T03:15:02Z"))).toBe("20261204101502")
  })
})

describe("VNPay settings", () => {
  it("are off when none is set, and read when given", () => {
    expect(vnpaySettings({})).toBeNull()
    expect(vnpaySettings({ VNPAY_TMN_CODE: "OCOPTEST", VNPAY_HASH_SECRET: options.hashSecret })).toEqual({
      settings: {
        tmnCode: "OCOPTEST",
        hashSecret: options.hashSecret,
        host: "https://sandbox.vnpayment.vn",
        apiHost: "https://sandbox.vnpayment.vn",
      },
    })
    // production: the merchant API is on its own host
    expect(
      vnpaySettings({
        VNPAY_TMN_CODE: "OCOPTEST",
        VNPAY_HASH_SECRET: options.hashSecret,
        VNPAY_URL: "https://pay.vnpay.vn",
      }),
    ).toMatchObject({ settings: { host: "https://pay.vnpay.vn", apiHost: "https://merchant.vnpay.vn" } })
  })
  it.each([
    [{ VNPAY_TMN_CODE: "ocop" }, "VNPAY_TMN_CODE:"],
    [{ VNPAY_HASH_SECRET: "" }, "VNPAY_HASH_SECRET: required"],
    [{ VNPAY_URL: "not a url" }, "VNPAY_URL:"],
    [{ VNPAY_URL: "http://pay.vnpay.vn" }, "VNPAY_URL:"],
  ])("names the wrong one in one line: %o", (change, start) => {
    const answer = vnpaySettings({ VNPAY_TMN_CODE: "OCOPTEST", VNPAY_HASH_SECRET: options.hashSecret, ...change })
    expect((answer as { error: string }).error.startsWith(start)).toBe(true)
  })
})
