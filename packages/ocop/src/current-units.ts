/**
 * Vietnam's provinces and communes since 1 July 2025 (two levels: 34 provinces, then communes,
 * wards and special zones), for delivery addresses. A static require, so bundlers (the storefront)
 * carry the 290 KB of data with the code; server-side only.
 */
export type CurrentUnit = { code: string; name: string; full_name: string; type: string }
export type CurrentProvince = CurrentUnit & { communes: CurrentUnit[] }

// eslint-disable-next-line @typescript-eslint/no-require-imports -- JSON outside src/, read as data
const PROVINCES: CurrentProvince[] = require("../data/vn-admin/units-2025.json")
const byCode = new Map(PROVINCES.map((p) => [p.code, p]))

/** Current provinces (34) with their communes and wards. */
export function currentProvinces(): CurrentProvince[] {
  return PROVINCES
}

export function currentProvince(code: string): CurrentProvince | null {
  return byCode.get(code) ?? null
}

/** The commune or ward with this code if it lies in this province today, else null. */
export function currentCommuneIn(provinceCode: string, communeCode: string): CurrentUnit | null {
  return byCode.get(provinceCode)?.communes.find((c) => c.code === communeCode) ?? null
}
