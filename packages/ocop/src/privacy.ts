/**
 * What an order shows to someone who found it by its number and one contact (the order lookup):
 * the contact they typed, and of the rest only enough to recognise their order (Decree
 * 13/2023/NĐ-CP on personal data) — initials, the last digits, the first letter of an address.
 */
const DOT = "•"

/** "Nguyễn Thị Lan" → "N• T• L•". */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${Array.from(w)[0]!.toUpperCase()}${DOT}`)
    .join(" ")
}

/** "0912888777" → "•••••••777": the last three digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "")
  return digits.length <= 3 ? DOT.repeat(digits.length) : DOT.repeat(digits.length - 3) + digits.slice(-3)
}

/** "lan.nguyen@example.vn" → "l•••@example.vn". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@")
  if (at < 1) return DOT.repeat(3)
  return `${Array.from(email)[0]}${DOT.repeat(3)}${email.slice(at)}`
}

/** Which contact a lookup proved: that one is shown as it is. */
export type LookupProof = "email" | "phone"

type Address = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
}

/** An order's answer for a lookup: the proven contact kept, the others masked, the street left out. */
export function maskOrderContacts<
  T extends { email?: string | null; shipping_address?: Address | null; billing_address?: Address | null },
>(order: T, proof: LookupProof): T {
  const address = (a: Address | null | undefined) =>
    a && {
      ...a,
      first_name: a.first_name ? maskName(a.first_name) : a.first_name,
      last_name: a.last_name ? maskName(a.last_name) : a.last_name,
      phone: a.phone && proof !== "phone" ? maskPhone(a.phone) : a.phone,
      address_1: null,
      address_2: null,
    }
  return {
    ...order,
    ...("email" in order ? { email: order.email && proof !== "email" ? maskEmail(order.email) : order.email } : {}),
    ...("shipping_address" in order ? { shipping_address: address(order.shipping_address) } : {}),
    ...("billing_address" in order ? { billing_address: address(order.billing_address) } : {}),
  }
}
