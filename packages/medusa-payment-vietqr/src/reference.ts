import crypto from "node:crypto"

/** Letters a shopper cannot misread or mistype: no I, L or O (1 and 0). */
export const REFERENCE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ"

/**
 * Letters after the prefix. Six (23^6 ≈ 148 million) would give two of 1,000 transfers waiting at
 * once the same reference about once in 300 shops; eight (≈ 78 billion) about once in 150,000.
 */
export const REFERENCE_LENGTH = 8

/**
 * A payment's transfer reference: the prefix and 8 unambiguous letters, e.g. "OCOPKXMRTBHN". It is
 * the transfer's note (the QR fills it in); the bank's notification carries it back, and it finds
 * the payment.
 */
export function newTransferReference(prefix = "OCOP"): string {
  let letters = ""
  for (let i = 0; i < REFERENCE_LENGTH; i++) letters += REFERENCE_LETTERS[crypto.randomInt(REFERENCE_LETTERS.length)]
  return prefix + letters
}

/**
 * The reference in a transfer's description as a bank writes it back: banks add their own words
 * around it ("MBVCB.123.OCOPKXMRTBHN.CT tu …"), change the case, and some put a space or a dash after
 * the prefix. Null when none is there.
 */
export function referenceIn(description: string, prefix = "OCOP"): string | null {
  const text = description.toUpperCase()
  const found = new RegExp(`${prefix}[\\s-]?([${REFERENCE_LETTERS}]{${REFERENCE_LENGTH}})(?![A-Z])`).exec(text)
  return found ? prefix + found[1] : null
}
