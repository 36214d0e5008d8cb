import Link from "next/link"
import { Price } from "@/components/common/price"
import { paths, t, type Locale } from "@/lib/i18n"
import { drawingInLanguage, formatVnd } from "@ocop-market/ocop"
import { campaignPrice, type Campaign, type ProductHit, type ProductSummary } from "@/lib/medusa"
import { StarBadge } from "./star-badge"

/** What a card shows, whether the product comes from the store API or the search index. */
export type CardProduct = {
  handle: string
  title: string
  /** The English name, shown on the English shop where there is one (the index carries it). */
  titleEn?: string | null
  thumbnail: string | null
  /** The star to show as the OCOP badge, or null when the certificate is not active. */
  badgeStar: number | null
  origin: string | null
  price: number | null
  soldOut: boolean
  /** The running campaign's discount: its label and the price after it (the cart applies the same). */
  campaign?: { label: string; price: number | null } | null
}

/** Marks a card with its product's running campaign, if any. */
export function withCampaign(
  card: CardProduct,
  productId: string,
  campaigns: Map<string, Campaign>,
  locale: Locale,
): CardProduct {
  const c = campaigns.get(productId)
  if (!c) return card
  return {
    ...card,
    campaign: {
      label: t(locale).campaign.off(
        c.discount_type === "percentage" ? `${c.discount_value}%` : formatVnd(c.discount_value),
      ),
      price: card.price === null ? null : campaignPrice(card.price, c),
    },
  }
}

export function cardFromSummary(p: ProductSummary): CardProduct {
  return {
    handle: p.handle,
    title: p.title,
    thumbnail: p.thumbnail,
    badgeStar: p.certification?.badge ? p.certification.star : null,
    origin: p.certification?.originCertified ?? null,
    price: p.fromPrice,
    soldOut: p.variants.length > 0 && p.variants.every((v) => !v.inStock),
  }
}

export function cardFromHit(h: ProductHit): CardProduct {
  return {
    handle: h.handle,
    title: h.title,
    titleEn: h.title_en,
    thumbnail: h.thumbnail,
    badgeStar: h.star && h.certification_status === "active" ? h.star : null,
    origin: h.origin_district,
    price: h.price_vnd,
    soldOut: !h.in_stock,
  }
}

export function ProductCard({
  product,
  locale,
  heading: Heading = "h3",
}: {
  product: CardProduct
  locale: Locale
  heading?: "h2" | "h3"
}) {
  const m = t(locale)
  return (
    <li className="flex flex-col overflow-hidden rounded-lg border border-stone-200 bg-white">
      <Link href={paths.product(locale, product.handle)} className="flex flex-1 flex-col">
        {product.thumbnail && (
          // eslint-disable-next-line @next/next/no-img-element -- local SVGs, fixed aspect ratio
          <img
            src={drawingInLanguage(product.thumbnail, locale)}
            alt=""
            // cards fill lists below the fold: their pictures wait, the page's own files go first
            loading="lazy"
            decoding="async"
            width={400}
            height={300}
            className="aspect-[4/3] w-full bg-brand-50 object-cover"
          />
        )}
        <div className="flex flex-1 flex-col gap-1 p-3">
          <div className="flex flex-wrap items-center gap-1">
            {product.badgeStar && <StarBadge star={product.badgeStar} locale={locale} />}
            {product.campaign && (
              <span
                className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white"
                data-testid="campaign-badge"
              >
                {product.campaign.label}
              </span>
            )}
          </div>
          <Heading className="font-medium leading-snug text-stone-900">
            {locale === "en" && product.titleEn ? product.titleEn : product.title}
          </Heading>
          {product.origin && <p className="text-xs text-stone-600">{product.origin}</p>}
          <div className="mt-auto flex items-baseline justify-between pt-2">
            {product.campaign && product.campaign.price !== null ? (
              <span className="flex flex-wrap items-baseline gap-x-2">
                <Price amount={product.campaign.price} className="font-semibold text-red-700" />
                <del className="text-xs text-stone-500">
                  <Price amount={product.price} />
                </del>
              </span>
            ) : (
              <Price amount={product.price} className="font-semibold text-brand-700" />
            )}
            {product.soldOut && <span className="text-xs text-red-700">{m.soldOut}</span>}
          </div>
        </div>
      </Link>
    </li>
  )
}
