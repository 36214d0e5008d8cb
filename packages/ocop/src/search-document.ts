import type { CertificationStatus } from "./certification.js"
import type { OcopGroup } from "./groups.js"
import type { LegalType } from "./producers.js"
import type { Star } from "./stars.js"

/**
 * A product as the search index holds it: the backend builds it (backend/src/search), the
 * storefront reads it from `POST /store/search`. One type, so a renamed field fails both builds.
 */
export type ProductSearchDocument = {
  id: string
  title: string
  handle: string
  description: string | null
  /** the English name and description (Medusa's Translation Module), or null where there is none */
  title_en: string | null
  description_en: string | null
  thumbnail: string | null
  tags: string[]
  status: string
  sales_channel_ids: string[]
  producer_name: string | null
  producer_handle: string | null
  legal_type: LegalType | null
  star: Star | null
  /** 5 when the province proposed the product for the national 5★ review */
  proposed_star: Star | null
  /** the certification decision's day, "2024-05-12" */
  certified_on: string | null
  group: OcopGroup | null
  certification_status: CertificationStatus | null
  /** the district and commune as certified, and the commune the origin lies in today */
  origin_district: string | null
  origin_commune: string | null
  current_commune: string | null
  /** the cheapest pack's price, whole dong */
  price_vnd: number | null
  in_stock: boolean
  /** running or coming campaigns that cover the product */
  campaign_handles: string[]
  created_at: string | Date
}
