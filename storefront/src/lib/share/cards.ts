import { formatVnd, legalTypeLabel, type LegalType } from "@ocop-market/ocop"
import { campaignPeriod, campaignTitle, discountText } from "@/components/campaign/campaign-card"
import type { ShareCardProps } from "@/components/share/share-card"
import { paths, t, type Locale } from "@/lib/i18n"
import { cachedCampaign, cachedProduct, cachedProducer } from "@/lib/medusa/cached"
import { siteUrl } from "@/lib/site"

export const SHARE_KINDS = ["product", "producer", "campaign"] as const
export type ShareKind = (typeof SHARE_KINDS)[number]

export const isShareKind = (v: string): v is ShareKind => (SHARE_KINDS as readonly string[]).includes(v)

/** The share card's address for a page (its og:image): drawn by app/api/share-card. */
export function shareCardUrl(kind: ShareKind, handle: string, locale: Locale): string {
  return `${siteUrl()}/api/share-card/${kind}/${encodeURIComponent(handle)}?lang=${locale}`
}

/** What a page's share card says, from the same cached reads as the page; null when there is no such page. */
export async function shareCard(kind: ShareKind, handle: string, locale: Locale): Promise<ShareCardProps | null> {
  const m = t(locale)
  const footer = "OCOP Market"
  if (kind === "product") {
    const p = await cachedProduct(handle, locale).catch(() => null)
    if (!p) return null
    const c = p.certification
    const prices = p.variants.map((v) => v.price).filter((x): x is number => x !== null)
    return {
      kicker: m.share.kicker.product,
      title: p.title,
      stars: c?.badge ? c.star : undefined,
      lines: [p.producer?.name, c?.originToday].filter((x): x is string => !!x),
      figure:
        p.fromPrice === null
          ? undefined
          : new Set(prices).size > 1
            ? m.share.from(formatVnd(p.fromPrice))
            : formatVnd(p.fromPrice),
      footer,
    }
  }
  if (kind === "producer") {
    const p = await cachedProducer(handle, locale).catch(() => null)
    if (!p) return null
    return {
      kicker: m.share.kicker.producer,
      title: p.name,
      lines: [
        legalTypeLabel(p.legal_type as LegalType, locale),
        [p.commune_name, p.province_name].filter(Boolean).join(", "),
      ].filter(Boolean),
      footer,
    }
  }
  const c = await cachedCampaign(handle).catch(() => null)
  if (!c) return null
  return {
    kicker: m.share.kicker.campaign,
    title: campaignTitle(c, locale),
    lines: [campaignPeriod(c), c.place].filter((x): x is string => !!x),
    figure: m.campaign.off(discountText(c)),
    footer,
  }
}

/** The page a card stands for, for the share buttons. */
export function sharedPage(kind: ShareKind, handle: string, locale: Locale): string {
  const path =
    kind === "product"
      ? paths.product(locale, handle)
      : kind === "producer"
        ? paths.producer(locale, handle)
        : paths.campaign(locale, handle)
  return `${siteUrl()}${path}`
}

/** The share buttons' words (strings only: a client component takes no functions). */
export function shareLabels(locale: Locale) {
  const { title, zalo, facebook, copy, copied, zaloCopied } = t(locale).share
  return { title, zalo, facebook, copy, copied, zaloCopied }
}
