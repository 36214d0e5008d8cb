import type { HttpTypes } from "@medusajs/types"

/** What a product card and page need, in the storefront's terms (prices in whole dong). */
export type ProductSummary = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  /** All pictures, the cover first. */
  images: string[]
  /** The OCOP certificate; `badge` is false when it has expired or was revoked (`statusReason` says why). */
  certification: Certification | null
  producer: { name: string; handle: string; legalType: string } | null
  sampleData: boolean
  /** Lowest variant price in VND, or null when no variant has a price in the region. */
  fromPrice: number | null
  variants: VariantSummary[]
}

export type VariantSummary = {
  id: string
  title: string
  price: number | null
  /** null when the variant does not track stock. */
  stock: number | null
  inStock: boolean
}

export type StoreProduct = HttpTypes.StoreProduct

export type Certification = {
  star: number
  badge: boolean
  status: "active" | "expired" | "revoked"
  statusReason: string | null
  score: number | null
  group: string
  decisionNumber: string
  decisionDate: string
  issuingLevel: "district" | "province" | "central"
  validUntil: string
  proposedStar: number | null
  /** As certified: "xã Hoằng Phụ, Huyện Hoằng Hóa, Thanh Hóa". */
  originCertified: string
  /** The unit it lies in today: "Xã Hoằng Thanh, Thanh Hóa". */
  originToday: string
}
