import crypto from "node:crypto"

/**
 * The one-time tokens a mail carries (an invite, a sign-up's confirmation): random, sent once, and
 * kept only as their SHA-256, so that a database read does not give a working link.
 */
export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex")

export function newMailToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(24).toString("base64url")
  return { token, hash: hashToken(token) }
}
