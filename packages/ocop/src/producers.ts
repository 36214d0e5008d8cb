/** The legal forms an OCOP producer ("chủ thể OCOP") can have. */
export const LEGAL_TYPES = [
  { code: "enterprise", vi: "Doanh nghiệp", en: "Enterprise" },
  { code: "cooperative", vi: "Hợp tác xã", en: "Cooperative" },
  { code: "cooperative_group", vi: "Tổ hợp tác", en: "Cooperative group" },
  { code: "household", vi: "Hộ sản xuất kinh doanh", en: "Household business" },
] as const

export type LegalType = (typeof LEGAL_TYPES)[number]["code"]

export const LEGAL_TYPE_CODES = LEGAL_TYPES.map((t) => t.code) as readonly LegalType[]

export function isLegalType(value: unknown): value is LegalType {
  return typeof value === "string" && (LEGAL_TYPE_CODES as readonly string[]).includes(value)
}

export function legalTypeLabel(code: LegalType, locale: "vi" | "en" = "vi"): string {
  return LEGAL_TYPES.find((t) => t.code === code)![locale]
}
