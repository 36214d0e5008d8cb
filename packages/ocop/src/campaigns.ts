/**
 * Trade-promotion campaigns: the rules the backend enforces and the storefront shows.
 * Discounts are Medusa promotions; these functions say what a campaign may be and what it costs.
 */
import { fieldError, type FieldError } from "./errors.js"

export type CampaignKind = "online_week" | "fair" | "livestream" | "seasonal"
export const CAMPAIGN_KINDS: { code: CampaignKind; vi: string; en: string }[] = [
  { code: "online_week", vi: "Tuần lễ OCOP trực tuyến", en: "Online OCOP week" },
  { code: "fair", vi: "Hội chợ", en: "Fair" },
  { code: "livestream", vi: "Livestream bán hàng", en: "Livestream sale" },
  { code: "seasonal", vi: "Mùa quà tặng", en: "Gift season" },
]

export function campaignKindLabel(code: CampaignKind, locale: "vi" | "en" = "vi"): string {
  return CAMPAIGN_KINDS.find((k) => k.code === code)?.[locale] ?? code
}

export type Discount = { type: "percentage" | "fixed"; value: number }

/** The price after the campaign's discount, in whole dong (never below 0). */
export function discountedPrice(price: number, d: Discount): number {
  const off = d.type === "percentage" ? Math.round((price * d.value) / 100) : d.value
  return Math.max(0, price - off)
}

export type CampaignState = "upcoming" | "active" | "ended"

export const CAMPAIGN_STATES: Record<CampaignState, { vi: string; en: string }> = {
  upcoming: { vi: "Sắp diễn ra", en: "Coming soon" },
  active: { vi: "Đang diễn ra", en: "On now" },
  ended: { vi: "Đã kết thúc", en: "Ended" },
}

/** Where a campaign stands at `now`: it runs from starts_at (included) to ends_at (excluded). */
export function campaignState(startsAt: string | Date, endsAt: string | Date, now: Date = new Date()): CampaignState {
  if (now < new Date(startsAt)) return "upcoming"
  if (now >= new Date(endsAt)) return "ended"
  return "active"
}

export type CampaignRulesInput = {
  starts_at: string
  ends_at: string
  discount: Discount
  /** Lowest price among the products the discount covers (whole dong). */
  lowest_price: number | null
  product_count: number
}

/**
 * What makes a campaign impossible, each named by its field: an end not after the start, a
 * percentage outside 1–90, a fixed discount that is not whole dong or not below the cheapest
 * covered price (nothing may be sold for 0 ₫ or less), no product covered.
 */
export function validateCampaignRules(c: CampaignRulesInput): FieldError[] {
  const errors: FieldError[] = []
  const start = Date.parse(c.starts_at)
  const end = Date.parse(c.ends_at)
  if (Number.isNaN(start))
    errors.push(fieldError("starts_at", "invalid_format", undefined, "starts_at: not a date and time"))
  if (Number.isNaN(end)) errors.push(fieldError("ends_at", "invalid_format", undefined, "ends_at: not a date and time"))
  if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start) {
    errors.push(fieldError("ends_at", "campaign_dates", undefined, "ends_at: the campaign must end after it starts"))
  }
  const { type, value } = c.discount
  if (type === "percentage" && !(value >= 1 && value <= 90 && Number.isInteger(value))) {
    errors.push({
      field: "discount.value",
      code: "discount_percentage_range",
      message: "discount.value: a percentage must be a whole number from 1 to 90",
    })
  }
  if (type === "fixed") {
    if (!Number.isSafeInteger(value) || value < 1) {
      errors.push({
        field: "discount.value",
        code: "discount_not_whole_dong",
        message: "discount.value: a fixed discount is a whole number of dong (VND has no decimals), at least 1",
      })
    } else if (c.lowest_price !== null && value >= c.lowest_price) {
      errors.push({
        field: "discount.value",
        code: "discount_not_below_price",
        params: { lowest_price: c.lowest_price },
        message: `discount.value: ${value} ₫ is not below the cheapest covered price (${c.lowest_price} ₫)`,
      })
    }
  }
  if (c.product_count === 0)
    errors.push(
      fieldError("target", "target_no_product", undefined, "target: the campaign covers no published product"),
    )
  return errors
}

/**
 * Two campaigns clash when the parts of their periods still to come overlap: each starts (or, if
 * it already started, `now`) before the other ends. What has already passed can no longer apply,
 * so a campaign that ended — or was ended early — never blocks a new one.
 */
export function periodsOverlap(
  a: { starts_at: string; ends_at: string },
  b: { starts_at: string; ends_at: string },
  now: Date = new Date(),
): boolean {
  const t = now.getTime()
  const aStart = Math.max(Date.parse(a.starts_at), t)
  const bStart = Math.max(Date.parse(b.starts_at), t)
  return aStart < Date.parse(b.ends_at) && bStart < Date.parse(a.ends_at)
}

/** One order line that a campaign's promotion discounted. */
export type CampaignSaleLine = {
  order_id: string
  email: string | null
  created_at: string
  product_id: string
  quantity: number
  unit_price: number
  /** Discount on the whole line, in dong. */
  discount: number
}

export type CampaignFigures = {
  orders: number
  units: number
  revenue_before: number
  revenue_after: number
  discount: number
  unique_buyers: number
}

function figures(lines: CampaignSaleLine[]): CampaignFigures {
  const before = lines.reduce((n, l) => n + l.unit_price * l.quantity, 0)
  const discount = lines.reduce((n, l) => n + l.discount, 0)
  return {
    orders: new Set(lines.map((l) => l.order_id)).size,
    units: lines.reduce((n, l) => n + l.quantity, 0),
    revenue_before: before,
    revenue_after: before - discount,
    discount,
    unique_buyers: new Set(lines.map((l) => (l.email ?? l.order_id).toLowerCase())).size,
  }
}

/** A campaign's results: in all, per producer and per day (Vietnam's calendar). */
export function campaignResults(
  lines: CampaignSaleLine[],
  producerOf: (productId: string) => { id: string; name: string } | undefined,
) {
  const byProducer = new Map<string, { producer: { id: string; name: string }; lines: CampaignSaleLine[] }>()
  const byDay = new Map<string, CampaignSaleLine[]>()
  for (const l of lines) {
    const p = producerOf(l.product_id) ?? { id: "-", name: "-" }
    const entry = byProducer.get(p.id) ?? { producer: p, lines: [] }
    entry.lines.push(l)
    byProducer.set(p.id, entry)
    const day = new Date(Date.parse(l.created_at) + 7 * 3600_000).toISOString().slice(0, 10)
    byDay.set(day, [...(byDay.get(day) ?? []), l])
  }
  return {
    total: figures(lines),
    by_producer: [...byProducer.values()]
      .map((e) => ({ producer: e.producer, ...figures(e.lines) }))
      .sort((a, b) => b.revenue_after - a.revenue_after),
    by_day: [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, ls]) => ({ day, ...figures(ls) })),
  }
}
