import type Medusa from "@medusajs/js-sdk"
import { medusaLocale, type ShopLocale } from "@ocop-market/ocop"
import { nullIfNotFound } from "./client"

export type Producer = {
  id: string
  handle: string
  name: string
  legal_type: string
  representative: string | null
  address: string | null
  province_name: string | null
  commune_name: string | null
  description: string | null
  sample_data: boolean
}

/**
 * A producer's public profile (GET /store/ocop/producers/:handle), its story in the page's language
 * where translated, or null when there is none.
 */
export async function getProducer(client: Medusa, handle: string, locale: ShopLocale = "vi"): Promise<Producer | null> {
  const language = medusaLocale(locale)
  return nullIfNotFound(
    client.client
      .fetch<{ producer: Producer }>(`/store/ocop/producers/${encodeURIComponent(handle)}`, {
        query: language ? { locale: language } : {},
      })
      .then((r) => r.producer),
  )
}
