import Link from "next/link"
import { campaignKindLabel, formatVnd } from "@ocop-market/ocop"
import { formatDate, paths, t, type Locale } from "@/lib/i18n"
import type { Campaign } from "@/lib/medusa"

/** "20%" or "15.000 ₫". */
export function discountText(c: Pick<Campaign, "discount_type" | "discount_value">): string {
  return c.discount_type === "percentage" ? `${c.discount_value}%` : formatVnd(c.discount_value)
}

export function campaignTitle(c: Campaign, locale: Locale): string {
  return locale === "vi" ? c.title_vi : c.title_en
}

/** "01/12/2026 – 08/12/2026" in Vietnam's calendar. */
export function campaignPeriod(c: Campaign): string {
  const day = (iso: string) => formatDate(new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10))
  return `${day(c.campaign.starts_at)} – ${day(c.campaign.ends_at)}`
}

export function CampaignCard({ campaign: c, locale }: { campaign: Campaign; locale: Locale }) {
  const m = t(locale)
  return (
    <li
      className={`flex flex-col gap-2 rounded-lg border p-4 ${c.state === "active" ? "border-brand-600 bg-brand-50" : "border-stone-200 bg-white"}`}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded-full bg-white px-2 py-0.5 font-semibold text-brand-700 ring-1 ring-brand-100">
          {m.campaign.states[c.state]}
        </span>
        <span className="text-stone-600">{campaignKindLabel(c.kind, locale)}</span>
      </div>
      <h3 className="text-lg font-semibold">
        <Link href={paths.campaign(locale, c.handle)} className="underline-offset-2 hover:underline">
          {campaignTitle(c, locale)}
        </Link>
      </h3>
      <p className="text-sm text-stone-700">
        {m.campaign.off(discountText(c))} · {campaignPeriod(c)}
      </p>
    </li>
  )
}
