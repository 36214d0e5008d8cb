import type { OcopGroup } from "./groups.js"
import type { LegalType } from "./producers.js"

/** One certified product as the statistics need it. */
export type StatsRow = {
  star: number
  group: OcopGroup
  status: "active" | "expired" | "revoked"
  proposed_star: number | null
  valid_until: string
  origin_district_name: string
  origin_commune_code: string
  origin_commune_name: string
  current_commune_code: string
  current_commune_name: string
  producer: { id: string; legal_type: LegalType } | null
}

export type Count = { key: string; label: string; count: number }

export type OcopStats = {
  certified_products: number
  producers: number
  communes: number
  districts: number
  by_group: Record<string, number>
  by_star: Record<string, number>
  by_district: Count[]
  by_commune_certified: Count[]
  by_commune_current: Count[]
  producers_by_legal_type: Record<string, number>
  proposed_higher_star: number
  /** Active certificates lapsing in each of the coming 12 months (YYYY-MM → count). */
  lapsing_by_month: Record<string, number>
  not_certified_now: { expired: number; revoked: number }
}

function tally(rows: StatsRow[], key: (r: StatsRow) => string, label: (r: StatsRow) => string): Count[] {
  const m = new Map<string, Count>()
  for (const r of rows) {
    const k = key(r)
    const c = m.get(k) ?? { key: k, label: label(r), count: 0 }
    c.count++
    m.set(k, c)
  }
  return [...m.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "vi"))
}

/**
 * The programme's figures from its certificates: only active certificates count as certified
 * products; producers, communes and districts are those with at least one certified product.
 */
export function computeOcopStats(rows: StatsRow[], today: string): OcopStats {
  const active = rows.filter((r) => r.status === "active")
  const producers = new Map(active.filter((r) => r.producer).map((r) => [r.producer!.id, r.producer!.legal_type]))
  const byLegal: Record<string, number> = {}
  for (const t of producers.values()) byLegal[t] = (byLegal[t] ?? 0) + 1
  const count = (f: (r: StatsRow) => string) =>
    active.reduce<Record<string, number>>((m, r) => ((m[f(r)] = (m[f(r)] ?? 0) + 1), m), {})
  const horizon = new Date(`${today}T00:00:00Z`)
  horizon.setUTCMonth(horizon.getUTCMonth() + 12)
  const lapsing: Record<string, number> = {}
  for (const r of active) {
    if (r.valid_until >= today && r.valid_until < horizon.toISOString().slice(0, 10)) {
      const month = r.valid_until.slice(0, 7)
      lapsing[month] = (lapsing[month] ?? 0) + 1
    }
  }
  return {
    certified_products: active.length,
    producers: producers.size,
    communes: new Set(active.map((r) => r.origin_commune_code)).size,
    districts: new Set(active.map((r) => r.origin_district_name)).size,
    by_group: count((r) => r.group),
    by_star: count((r) => String(r.star)),
    by_district: tally(
      active,
      (r) => r.origin_district_name,
      (r) => r.origin_district_name,
    ),
    by_commune_certified: tally(
      active,
      (r) => r.origin_commune_code,
      (r) => `${r.origin_commune_name}, ${r.origin_district_name}`,
    ),
    by_commune_current: tally(
      active,
      (r) => r.current_commune_code,
      (r) => r.current_commune_name,
    ),
    producers_by_legal_type: byLegal,
    proposed_higher_star: active.filter((r) => r.proposed_star).length,
    lapsing_by_month: Object.fromEntries(Object.entries(lapsing).sort()),
    not_certified_now: {
      expired: rows.filter((r) => r.status === "expired").length,
      revoked: rows.filter((r) => r.status === "revoked").length,
    },
  }
}

/** One ordered line, for sales figures. */
export type SaleLine = {
  order_id: string
  product_id: string | null
  quantity: number
  unit_price: number
  /** promotions on the whole line */ discount?: number
}
export type GroupSales = { group: string; orders: number; units: number; revenue: number }

/**
 * Sales per OCOP group: orders that contain the group, units and revenue as charged (unit price
 * times quantity, less the line's discounts; whole dong). Lines of products without a certificate
 * are left out.
 */
export function salesByGroup(lines: SaleLine[], groupOf: (productId: string) => string | undefined): GroupSales[] {
  const m = new Map<string, { orders: Set<string>; units: number; revenue: number }>()
  for (const l of lines) {
    const group = l.product_id ? groupOf(l.product_id) : undefined
    if (!group) continue
    const g = m.get(group) ?? { orders: new Set<string>(), units: 0, revenue: 0 }
    g.orders.add(l.order_id)
    g.units += l.quantity
    g.revenue += l.quantity * l.unit_price - (l.discount ?? 0)
    m.set(group, g)
  }
  return [...m.entries()]
    .map(([group, g]) => ({ group, orders: g.orders.size, units: g.units, revenue: g.revenue }))
    .sort((a, b) => b.revenue - a.revenue)
}
