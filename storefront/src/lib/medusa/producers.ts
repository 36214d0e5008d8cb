import type Medusa from "@medusajs/js-sdk"

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
  return client.client
    .fetch<{ producer: Producer }>(`/store/ocop/producers/${encodeURIComponent(handle)}`)
    .then((r) => r.producer)
    .catch((e) => {
      if ((e as { status?: number }).status === 404) return null
      throw e
    })
}
