/**
 * The signature of a cache notice from the backend to the storefront: an HMAC-SHA256 of the time
 * and the body with the shared secret (STOREFRONT_REVALIDATE_SECRET), sent as
 * `x-ocop-signature: t=<unix ms>,v1=<hex>`. A notice older than a minute is refused, so a copied
 * request cannot be replayed later (and the storefront refuses an id it has seen).
 */
import crypto from "node:crypto"

export const SIGNATURE_HEADER = "x-ocop-signature"
export const SIGNATURE_TOLERANCE_MS = 60_000

const hmac = (secret: string, time: number, body: string) =>
  crypto.createHmac("sha256", secret).update(`${time}.${body}`).digest("hex")

export function signNotice(secret: string, body: string, now = Date.now()): string {
  return `t=${now},v1=${hmac(secret, now, body)}`
}

export type SignatureCheck =
  { ok: true } | { ok: false; code: "signature_missing" | "signature_invalid" | "signature_expired" }

export function checkSignature(
  secret: string,
  body: string,
  header: string | null | undefined,
  now = Date.now(),
): SignatureCheck {
  if (!header) return { ok: false, code: "signature_missing" }
  const parts = Object.fromEntries(header.split(",").map((p) => p.trim().split("=", 2) as [string, string]))
  const time = Number(parts.t)
  const given = Buffer.from(parts.v1 ?? "", "hex")
  if (!Number.isSafeInteger(time) || given.length !== 32) return { ok: false, code: "signature_invalid" }
  const expected = Buffer.from(hmac(secret, time, body), "hex")
  if (!crypto.timingSafeEqual(given, expected)) return { ok: false, code: "signature_invalid" }
  if (Math.abs(now - time) > SIGNATURE_TOLERANCE_MS) return { ok: false, code: "signature_expired" }
  return { ok: true }
}

/**
 * The shopper's address as the storefront saw it, passed on to the backend with each call the
 * storefront makes for a shopper (logins, order lookups…), so the backend's per-address limits
 * count shoppers, not the storefront. Signed with the same shared secret; the backend believes
 * only a signed one.
 */
export const CLIENT_IP_HEADER = "x-ocop-client-ip"
export const CLIENT_IP_SIGNATURE_HEADER = "x-ocop-client-signature"
/** What the storefront's calls for everyone (cached catalogue reads) pass on instead of an address. */
export const STOREFRONT_ITSELF = "storefront"

export const signClientIp = (secret: string, ip: string) =>
  crypto.createHmac("sha256", secret).update(`client-ip.${ip}`).digest("hex")

/** The headers that pass on an address (or STOREFRONT_ITSELF), signed. */
export const clientIpHeaders = (secret: string, ip: string): Record<string, string> => ({
  [CLIENT_IP_HEADER]: ip,
  [CLIENT_IP_SIGNATURE_HEADER]: signClientIp(secret, ip),
})

/** The header that carries an order's access token (the backend gives it, the storefront keeps it). */
export const ORDER_TOKEN_HEADER = "x-order-token"

/** Whether a token or signature someone sent is the expected one, in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}
