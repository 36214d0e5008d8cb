/** The parcel carriers a producer ships with in Vietnam, as the portal offers them; `self` is the producer's own delivery. */
export const CARRIERS = [
  { code: "viettel_post", vi: "Viettel Post", en: "Viettel Post" },
  { code: "vnpost", vi: "Bưu điện Việt Nam (VNPost)", en: "Vietnam Post (VNPost)" },
  { code: "ghn", vi: "Giao Hàng Nhanh (GHN)", en: "Giao Hàng Nhanh (GHN)" },
  { code: "ghtk", vi: "Giao Hàng Tiết Kiệm (GHTK)", en: "Giao Hàng Tiết Kiệm (GHTK)" },
  { code: "jt_express", vi: "J&T Express", en: "J&T Express" },
  { code: "ninja_van", vi: "Ninja Van", en: "Ninja Van" },
  { code: "best_express", vi: "BEST Express", en: "BEST Express" },
  { code: "ahamove", vi: "Ahamove", en: "Ahamove" },
  { code: "self", vi: "Chủ thể tự giao", en: "Delivered by the producer" },
] as const

export type Carrier = (typeof CARRIERS)[number]["code"]

export const CARRIER_CODES = CARRIERS.map((c) => c.code) as readonly Carrier[]

export function isCarrier(value: unknown): value is Carrier {
  return typeof value === "string" && (CARRIER_CODES as readonly string[]).includes(value)
}

/** The carrier's name in this language; an unknown code as it is. */
export function carrierLabel(code: string, locale: "vi" | "en" = "vi"): string {
  return CARRIERS.find((c) => c.code === code)?.[locale] ?? code
}
