/** An OCOP certificate is valid for 36 months from the date of its decision. */
export const CERTIFICATE_VALIDITY_MONTHS = 36

/**
 * The last day (YYYY-MM-DD) on which a certificate is valid. Civil Code 2015, art. 147–148: a term in
 * months runs from the day after the decision and ends at the end of the corresponding day of its
 * last month, or of that month's last day when it has no such day (29/02 → 28/02).
 */
export function certificateValidUntil(decisionDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(decisionDate)
  if (!m) throw new RangeError(`decision date must be YYYY-MM-DD, got "${decisionDate}"`)
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const start = new Date(Date.UTC(y, mo - 1, d))
  if (start.getUTCMonth() !== mo - 1) throw new RangeError(`no such date: "${decisionDate}"`)
  const target = new Date(Date.UTC(y, mo - 1 + CERTIFICATE_VALIDITY_MONTHS, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return target.toISOString().slice(0, 10)
}

/** Whether a certificate decided on `decisionDate` is still valid on `onDay` (YYYY-MM-DD). */
export function isCertificateValid(decisionDate: string, onDay: string): boolean {
  return onDay >= decisionDate && onDay <= certificateValidUntil(decisionDate)
}
