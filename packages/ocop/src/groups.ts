/**
 * The six OCOP product groups of Decision 148/QĐ-TTg (2023), and how the groups of Decision
 * 1048/QĐ-TTg (2019) map onto them (textiles and embroidery moved into handicrafts).
 */
export const OCOP_GROUPS = [
  { code: "food", number: 1, vi: "Thực phẩm", en: "Food" },
  { code: "beverage", number: 2, vi: "Đồ uống", en: "Beverages" },
  { code: "herbal", number: 3, vi: "Thảo dược", en: "Herbal products" },
  { code: "handicraft", number: 4, vi: "Thủ công mỹ nghệ", en: "Handicrafts" },
  { code: "ornamental", number: 5, vi: "Sinh vật cảnh", en: "Ornamental plants and animals" },
  {
    code: "tourism",
    number: 6,
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community and eco-tourism services",
  },
] as const

export type OcopGroup = (typeof OCOP_GROUPS)[number]["code"]

export const OCOP_GROUP_CODES = OCOP_GROUPS.map((g) => g.code) as readonly OcopGroup[]

/** Decision 1048 (2019) groups, as older records name them. */
export const GROUPS_1048 = {
  food: "food",
  beverage: "beverage",
  herbal: "herbal",
  textile: "handicraft", // vải và may mặc → thủ công mỹ nghệ since 148/2023
  handicraft: "handicraft", // lưu niệm – nội thất – trang trí
  souvenir: "handicraft",
  tourism: "tourism", // dịch vụ du lịch nông thôn
} as const satisfies Record<string, OcopGroup>

export function isOcopGroup(value: unknown): value is OcopGroup {
  return typeof value === "string" && (OCOP_GROUP_CODES as readonly string[]).includes(value)
}

/** A group code of either decision → the current (148/2023) group, or null if unknown. */
export function currentGroup(code: string): OcopGroup | null {
  if (isOcopGroup(code)) return code
  return (GROUPS_1048 as Record<string, OcopGroup>)[code] ?? null
}

export function groupLabel(code: OcopGroup, locale: "vi" | "en" = "vi"): string {
  return OCOP_GROUPS.find((g) => g.code === code)![locale]
}

/**
 * The drawing a product of `group` shows until it has a photo. The storefront serves the drawings
 * (public/images/groups); an absolute address, so the admin dashboard on the backend's origin and
 * search results show them too.
 */
export function groupDrawingUrl(group: string, storefrontUrl = ""): string {
  return `${storefrontUrl.replace(/\/+$/, "")}/images/groups/${group}.svg`
}

/** Whether a product's thumbnail is its group's drawing (any storefront address) rather than a photo. */
export function isGroupDrawing(url: string): boolean {
  return /(^|\/)images\/groups\/[a-z_]+\.svg$/.test(url)
}

/**
 * The drawing with its label in the page's language: products store the Vietnamese drawing, the
 * English shop shows public/images/groups/en/ instead. Photos and other addresses are kept.
 */
export function drawingInLanguage<T extends string | null | undefined>(url: T, locale: "vi" | "en"): T {
  if (locale === "vi" || !url || !isGroupDrawing(url)) return url
  return url.replace(/images\/groups\/([a-z_]+\.svg)$/, "images/groups/en/$1") as T
}
