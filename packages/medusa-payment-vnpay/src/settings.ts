/** `host`: the payment pages; `apiHost`: the merchant API (refunds, queries), another host in production. */
export type VnpaySettings = { tmnCode: string; hashSecret: string; host: string; apiHost: string }

const PRODUCTION = { pay: "https://pay.vnpay.vn", api: "https://merchant.vnpay.vn" }

export const VNPAY_SANDBOX = "https://sandbox.vnpayment.vn"

/**
 * The provider's settings from the environment: null when none is set (VNPay is not offered),
 * the settings, or one line naming the wrong one (VNPay is then not offered either).
 */
export function vnpaySettings(
  env: Record<string, string | undefined>,
): { settings: VnpaySettings } | { error: string } | null {
  const get = (name: string) => env[name]?.trim() ?? ""
  if (!get("VNPAY_TMN_CODE") && !get("VNPAY_HASH_SECRET")) return null
  const tmnCode = get("VNPAY_TMN_CODE")
  if (!/^[A-Z0-9]{8}$/.test(tmnCode))
    return { error: `VNPAY_TMN_CODE: "${tmnCode}" is not a VNPay terminal code (8 capital letters or digits)` }
  const hashSecret = get("VNPAY_HASH_SECRET")
  if (hashSecret.length < 16)
    return { error: "VNPAY_HASH_SECRET: required with VNPAY_TMN_CODE, the secret VNPay gave (at least 16 characters)" }
  const host = get("VNPAY_URL") || VNPAY_SANDBOX
  let url: URL
  try {
    url = new URL(host)
  } catch {
    return { error: `VNPAY_URL: "${host}" is not a URL (e.g. ${VNPAY_SANDBOX} or https://pay.vnpay.vn)` }
  }
  if (url.protocol !== "https:" && !["127.0.0.1", "localhost"].includes(url.hostname))
    return { error: `VNPAY_URL: "${host}" must be https (only a local stand-in may be http)` }
  const api = get("VNPAY_API_URL") || (url.origin === PRODUCTION.pay ? PRODUCTION.api : url.origin)
  let apiUrl: URL
  try {
    apiUrl = new URL(api)
  } catch {
    return { error: `VNPAY_API_URL: "${api}" is not a URL (e.g. ${PRODUCTION.api})` }
  }
  return { settings: { tmnCode, hashSecret, host: url.origin, apiHost: apiUrl.origin } }
}
