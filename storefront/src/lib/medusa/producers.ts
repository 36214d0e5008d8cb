import type Medusa from "@medusajs/js-sdk"
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

/** A producer's public profile (GET /store/ocop/producers/:handle), or null when there is none. */
export async function getProducer(client: Medusa, handle: string): Promise<Producer | null> {
  return nullIfNotFound(
    client.client
      .fetch<{ producer: Producer }>(`/store/ocop/producers/${encodeURIComponent(handle)}`)
      .then((r) => r.producer),
  )
}
