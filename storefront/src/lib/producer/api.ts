import "server-only"
import type { ProducerOrder } from "@ocop-market/ocop"
import { ApiFailure, backendFetch } from "@/lib/api/backend"
import { getProducerToken } from "@/lib/shop/session"

export type PortalVariant = {
  id: string
  title: string
  manage_inventory: boolean
  prices: { amount: number; currency_code: string }[]
  inventory_items?: { inventory?: { location_levels?: { stocked_quantity: number; reserved_quantity: number }[] } }[]
}
export type PortalProduct = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  images?: { id: string; url: string; rank: number }[]
  description: string | null
  metadata: Record<string, unknown> | null
  variants: PortalVariant[]
  ocop_certification: {
    star: number
    status: string
    decision_number: string
    valid_until: string
    group: string
  } | null
}
export type PortalOrder = ProducerOrder
export type PortalCampaign = {
  handle: string
  title_vi: string
  title_en: string
  state: "upcoming" | "active" | "ended"
  results: { orders: number; units: number; revenue_after: number }
}
export type PortalMe = {
  id: string
  email: string
  name: string | null
  producer: { id: string; name: string; handle: string; legal_type: string }
}

/** A call to the producer portal's API with the logged-in staff member's token; null when not logged in (or refused). */
export async function portal<T>(
  path: string,
  init?: { method?: string; body?: Record<string, unknown> },
): Promise<T | null> {
  const token = await getProducerToken()
  if (!token) return null
  try {
    return await backendFetch<T>(path, { method: init?.method ?? "GET", body: init?.body, token })
  } catch (e) {
    if (e instanceof ApiFailure && e.status === 401) return null
    throw e
  }
}

export function priceOf(v: PortalVariant): number | null {
  return v.prices.find((p) => p.currency_code === "vnd")?.amount ?? null
}

/** Units that can still be sold: stocked minus reserved by orders; null when stock is not tracked. */
export function availableOf(v: PortalVariant): number | null {
  if (!v.manage_inventory) return null
  const levels = v.inventory_items?.flatMap((i) => i.inventory?.location_levels ?? []) ?? []
  return levels.reduce((n, l) => n + Number(l.stocked_quantity) - Number(l.reserved_quantity), 0)
}

export function stockedOf(v: PortalVariant): number | null {
  if (!v.manage_inventory) return null
  return (v.inventory_items?.flatMap((i) => i.inventory?.location_levels ?? []) ?? []).reduce(
    (n, l) => n + Number(l.stocked_quantity),
    0,
  )
}
