import "server-only"
import { currentCommuneIn, currentProvince } from "@ocop-market/ocop/current-units"
import type { Messages } from "@/lib/i18n"

export type AddressValues = { province_code: string; commune_code: string; street: string }

/**
 * A delivery address as the forms send it (the 2025 units: a province, then a commune or ward of
 * it, then the street): the address Medusa keeps, with the unit codes in its metadata, or what each
 * field says is wrong. One rule for the checkout and the account's address book.
 */
export function addressFromForm(
  form: FormData,
  m: Messages,
):
  | { values: AddressValues; fieldErrors: Record<string, string> }
  | {
      values: AddressValues
      address: { province: string; city: string; address_1: string; metadata: Record<string, string> }
    } {
  const get = (n: string) => String(form.get(n) ?? "").trim()
  const values = { province_code: get("province_code"), commune_code: get("commune_code"), street: get("street") }
  const fieldErrors: Record<string, string> = {}
  const province = currentProvince(values.province_code)
  if (!province) fieldErrors.province_code = m.errors.province
  const commune = province ? currentCommuneIn(province.code, values.commune_code) : null
  if (province && !commune) fieldErrors.commune_code = m.errors.commune
  if (values.street.length < 2 || values.street.length > 200) fieldErrors.street = m.errors.street
  if (Object.keys(fieldErrors).length) return { values, fieldErrors }
  return {
    values,
    address: {
      province: province!.full_name,
      city: commune!.full_name,
      address_1: values.street,
      // the codes, so an address can be checked and shipped by unit, not by spelling
      metadata: { province_code: province!.code, commune_code: commune!.code },
    },
  }
}
