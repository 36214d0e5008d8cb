/**
 * Vietnamese phone numbers as people type them: "0912 345 678", "+84 912.345.678", "024 3826 1234".
 * Mobile numbers have 10 digits after the 2018 renumbering (03x, 05x, 07x, 08x, 09x);
 * landlines have 11 (02xx + 7 or 8 digits). Anything else is refused rather than guessed.
 */
const MOBILE = /^0(3[2-9]|5[2689]|7[06-9]|8[1-9]|9\d)\d{7}$/
const LANDLINE = /^02\d{9}$/

/** The number in its national form ("0912345678"), or null when it is not a Vietnamese phone number. */
export function normalizeVietnamesePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()]/g, "")
  if (!/^\+?\d+$/.test(compact)) return null
  const national = compact.startsWith("+84")
    ? `0${compact.slice(3)}`
    : compact.startsWith("84") && compact.length === 11
      ? `0${compact.slice(2)}`
      : compact
  return MOBILE.test(national) || LANDLINE.test(national) ? national : null
}

/** "0912345678" → "0912 345 678" for display; landlines "024 3826 1234". */
export function formatVietnamesePhone(national: string): string {
  if (national.length === 10) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
  if (national.length === 11) return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`
  return national
}
