/**
 * Vietnam's administrative units before and after the reform of 1 July 2025 (districts abolished,
 * communes merged), with the mapping between them. Data: ../data/vn-admin (see its README for
 * sources, licences and known doubts). Loaded on first use; server-side only (3.8 MB of JSON).
 */
import fs from "node:fs"
import path from "node:path"
import { currentProvinces } from "./current-units.js"
import { foldVietnamese } from "./text.js"
import type { ErrorCode, FieldError } from "./errors.js"

type Unit = { code: string; name: string; full_name: string; type: string }
type OldProvince = Unit & { districts: (Unit & { communes: Unit[] })[] }
type NewProvince = Unit & { communes: Unit[] }
type MappingRecord = {
  old_code: string
  old_name: string
  old_district_code: string
  old_district_name: string
  old_province_code: string
  new: { code: string; name: string; province_code: string; part: "full" | "partial" }[]
}

export type OldCommune = Unit & { district: Unit; province: Unit }
export type NewCommune = Unit & { province: Unit; part?: "full" | "partial" }

const DATA_DIR = path.join(__dirname, "..", "data", "vn-admin")

let cache: ReturnType<typeof build> | undefined

function build() {
  const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), "utf8"))
  const oldProvinces = read<OldProvince[]>("units-pre2025.json")
  const newProvinces: NewProvince[] = currentProvinces()
  const mapping = read<{ communes: MappingRecord[] }>("mapping-2025.json")

  const oldCommunes = new Map<string, OldCommune>()
  const oldDistricts = new Map<string, Unit & { province: Unit; communes: Unit[] }>()
  for (const p of oldProvinces) {
    const province = { code: p.code, name: p.name, full_name: p.full_name, type: p.type }
    for (const d of p.districts) {
      const district = { code: d.code, name: d.name, full_name: d.full_name, type: d.type }
      oldDistricts.set(d.code, { ...district, province, communes: d.communes })
      for (const c of d.communes) oldCommunes.set(c.code, { ...c, district, province })
    }
  }
  const newCommunes = new Map<string, NewCommune>()
  const newProvinceByCode = new Map<string, NewProvince>()
  for (const p of newProvinces) {
    newProvinceByCode.set(p.code, p)
    const province = { code: p.code, name: p.name, full_name: p.full_name, type: p.type }
    for (const c of p.communes) newCommunes.set(c.code, { ...c, province })
  }
  const mappingByOld = new Map(mapping.communes.map((m) => [m.old_code, m]))
  return { oldProvinces, newProvinces, oldCommunes, oldDistricts, newCommunes, newProvinceByCode, mappingByOld }
}

function data() {
  cache ??= build()
  return cache
}

/** "xã Hoằng Phụ" / "Xã Hoằng Phụ" / "Hoằng Phụ" → "Hoằng Phụ" (NFC). */
export function stripUnitPrefix(name: string): string {
  return name
    .normalize("NFC")
    .trim()
    .replace(/^(thành phố|tỉnh|huyện|quận|thị xã|thị trấn|phường|xã|đặc khu|tp\.?)\s+/iu, "")
    .trim()
}

const lowerNfc = (s: string) => stripUnitPrefix(s).toLocaleLowerCase("vi")

/** A commune as it was before 1 July 2025, by its 5-digit code. */
export function oldCommuneByCode(code: string): OldCommune | null {
  return data().oldCommunes.get(code) ?? null
}

/** A current (2025) commune or ward by its code. */
export function newCommuneByCode(code: string): NewCommune | null {
  return data().newCommunes.get(code) ?? null
}

/** Provinces before the reform (63), by name; "Thanh Hóa" / "Tỉnh Thanh Hóa". */
export function oldProvinceByName(name: string): Unit | null {
  const p = data().oldProvinces.find((x) => lowerNfc(x.name) === lowerNfc(name))
  return p ? { code: p.code, name: p.name, full_name: p.full_name, type: p.type } : null
}

/** A district (before the reform) of a province, matched by name. */
export function oldDistrictByName(provinceCode: string, name: string): (Unit & { province: Unit }) | null {
  const province = data().oldProvinces.find((p) => p.code === provinceCode)
  const d =
    province?.districts.find((x) => lowerNfc(x.name) === lowerNfc(name)) ??
    province?.districts.find((x) => foldVietnamese(stripUnitPrefix(x.name)) === foldVietnamese(stripUnitPrefix(name)))
  if (!province || !d) return null
  return {
    code: d.code,
    name: d.name,
    full_name: d.full_name,
    type: d.type,
    province: { code: province.code, name: province.name, full_name: province.full_name, type: province.type },
  }
}

/**
 * A commune as certified, by district and name: exact (NFC, case-insensitive) first, then without
 * diacritics only if that is unambiguous — Hoằng Phú and Hoằng Phụ are different communes.
 */
export function findOldCommune(districtCode: string, name: string): OldCommune | null {
  const district = data().oldDistricts.get(districtCode)
  if (!district) return null
  const exact = district.communes.filter((c) => lowerNfc(c.name) === lowerNfc(name))
  const folded = exact.length
    ? exact
    : district.communes.filter((c) => foldVietnamese(c.name) === foldVietnamese(stripUnitPrefix(name)))
  if (folded.length !== 1) return null
  return oldCommuneByCode(folded[0]!.code)
}

/** The unit(s) an old commune lies in today; several when it was split. */
export function currentUnitsOf(oldCode: string): NewCommune[] {
  const m = data().mappingByOld.get(oldCode)
  if (!m) return []
  return m.new.map((n) => ({ ...newCommuneByCode(n.code)!, part: n.part }))
}

export { currentProvinces }

export type CertifiedOriginInput = {
  province?: string | null
  district: string
  commune: string
  commune_code?: string | null
}

export type CertifiedOrigin = {
  origin_province_code: string
  origin_province_name: string
  origin_district_code: string | null
  origin_district_name: string
  origin_commune_code: string
  origin_commune_name: string
  current_province_code: string
  current_province_name: string
  current_commune_code: string
  current_commune_name: string
  current_units: { code: string; name: string; part?: string }[]
}

/**
 * The origin as a decision prints it (province, district, commune of that time), checked against the
 * pre-2025 units, with the unit it lies in today. A commune code, when given, must lie in the
 * district; a district absorbed before 2025 (Đông Sơn) is accepted by name when the code is given.
 */
export function resolveCertifiedOrigin(
  input: CertifiedOriginInput,
): { origin: CertifiedOrigin; errors: [] } | { origin: null; errors: FieldError[] } {
  const fail = (field: string, code: ErrorCode, message: string) => ({
    origin: null,
    errors: [{ field: `origin.${field}`, code, message }],
  })
  const provinceName = input.province?.trim() || "Thanh Hóa"
  const province = oldProvinceByName(provinceName)
  if (!province) return fail("province", "province_unknown", `unknown province "${provinceName}"`)
  if (!input.district?.trim()) return fail("district", "required", "is required")
  if (!input.commune?.trim()) return fail("commune", "required", "is required")
  const district = oldDistrictByName(province.code, input.district)
  let commune: OldCommune | null
  if (input.commune_code) {
    if (!/^\d{5}$/.test(input.commune_code))
      return fail("commune_code", "invalid_format", `must be 5 digits (got "${input.commune_code}")`)
    commune = oldCommuneByCode(input.commune_code)
    if (!commune) return fail("commune_code", "commune_code_unknown", `unknown commune code ${input.commune_code}`)
    if (commune.province.code !== province.code) {
      return fail(
        "commune_code",
        "commune_code_mismatch",
        `${input.commune_code} is ${commune.full_name} in ${commune.province.full_name}, not in ${province.full_name}`,
      )
    }
    if (district && commune.district.code !== district.code) {
      return fail(
        "commune_code",
        "commune_code_mismatch",
        `${input.commune_code} is ${commune.full_name} in ${commune.district.full_name}, not in ${district.full_name}`,
      )
    }
  } else {
    if (!district)
      return fail("district", "district_unknown", `unknown district "${input.district}" in ${province.full_name}`)
    commune = findOldCommune(district.code, input.commune)
    if (!commune)
      return fail(
        "commune",
        "commune_unknown",
        `no commune "${input.commune}" in ${district.full_name}; give its 5-digit commune_code`,
      )
  }
  const current = currentUnitsOf(commune.code)
  if (!current.length)
    return fail("commune_code", "commune_no_current_unit", `no current unit is known for commune ${commune.code}`)
  const first = current[0]!
  const districtName =
    district?.full_name ??
    (/^(huyện|thị xã|thành phố|quận)\s/i.test(input.district.trim())
      ? input.district.trim()
      : `Huyện ${stripUnitPrefix(input.district)}`)
  return {
    origin: {
      origin_province_code: province.code,
      origin_province_name: province.name,
      origin_district_code: district?.code ?? null,
      origin_district_name: districtName,
      origin_commune_code: commune.code,
      origin_commune_name: input.commune.trim(),
      current_province_code: first.province.code,
      current_province_name: first.province.name,
      current_commune_code: first.code,
      current_commune_name: first.full_name,
      current_units: current.map((u) => ({ code: u.code, name: u.full_name, ...(u.part ? { part: u.part } : {}) })),
    },
    errors: [],
  }
}
