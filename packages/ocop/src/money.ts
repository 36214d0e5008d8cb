/**
 * VND is a zero-decimal currency: Medusa stores VND amounts in whole dong (major unit = minor unit),
 * so a price is always an integer number of dong.
 */
const vndFormatter = new Intl.NumberFormat("vi-VN", {
  style: "currency",
  currency: "VND",
  maximumFractionDigits: 0,
})

/** 125000 → "125.000 ₫" (always vi-VN grouping, whatever the page language, so prices read the same). */
export function formatVnd(amount: number | string | null | undefined): string {
  const value = typeof amount === "string" ? Number(amount) : amount
  if (value === null || value === undefined || !Number.isFinite(value)) {
    throw new TypeError(`formatVnd: amount must be a finite number, got ${String(amount)}`)
  }
  // Intl puts a NO-BREAK SPACE before "₫"; keep it so the symbol never wraps onto its own line.
  return vndFormatter.format(Math.round(value))
}

/** True when a value is a valid VND amount: a non-negative whole number of dong. */
export function isWholeDong(amount: unknown): amount is number {
  return typeof amount === "number" && Number.isSafeInteger(amount) && amount >= 0
}
