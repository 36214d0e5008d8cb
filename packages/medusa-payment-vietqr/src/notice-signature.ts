import crypto from "node:crypto"

/**
 * A bank notification is signed with the secret the shop shares with the service that watches its
 * account: `X-Signature: sha256=<hex HMAC-SHA256 of the raw body>`.
 */
export const NOTICE_SIGNATURE_HEADER = "x-signature"

export function signNotice(secret: string, rawBody: string | Buffer): string {
  return `sha256=${crypto.createHmac("sha256", secret).update(rawBody).digest("hex")}`
}

/** Whether the header is the body's signature with this secret (compared in constant time). */
export function noticeSignatureValid(secret: string, rawBody: string | Buffer, header: unknown): boolean {
  if (typeof header !== "string") return false
  const expected = Buffer.from(signNotice(secret, rawBody))
  const given = Buffer.from(header.trim())
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}
