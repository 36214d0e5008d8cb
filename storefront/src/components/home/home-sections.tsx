/**
 * The home page's sections, each with its empty state: the running campaign with its countdown and
 * discounted products, featured products and producers, ways into the catalogue by group and by
 * place, the newest certified products, and what the stars mean.
 */
import Link from "next/link"
import {
  groupLabel,
  issuingLevelFor,
  issuingLevelLabel,
  isOcopGroup,
  STAR_BANDS,
  vietnamToday,
} from "@ocop-market/ocop"
import { campaignPeriod, campaignTitle, discountText } from "@/components/campaign/campaign-card"
import { Countdown } from "@/components/campaign/countdown"
import { SectionHeader } from "@/components/layout/section-header"
import { cardFromHit, ProductCard, withCampaign } from "@/components/product/product-card"
import { paths, t, type Locale } from "@/lib/i18n"
import type { Campaign, FacetValue, ProductHit } from "@/lib/medusa"
import type { Producer } from "@/lib/medusa/producers"

type Cards = { hits: ProductHit[]; campaigns: Map<string, Campaign>; locale: Locale }

function ProductGrid({ hits, campaigns, locale, testId }: Cards & { testId: string }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid={testId}>
      {hits.map((h) => (
        <ProductCard key={h.id} product={withCampaign(cardFromHit(h), h.id, campaigns, locale)} locale={locale} />
      ))}
    </ul>
  )
}

/** The campaign running now, first: what, until when, and its products at the campaign price. */
export function CampaignShowcase({
  campaign,
  products,
  others,
  campaigns,
  locale,
}: {
  campaign: Campaign | null
  products: ProductHit[]
  others: number
  campaigns: Map<string, Campaign>
  locale: Locale
}) {
  const m = t(locale)
  if (!campaign)
    return (
      <section className="mb-8 rounded-lg border border-stone-200 bg-white p-4 text-sm" data-testid="home-campaign">
        <p>{m.homePage.noCampaign}</p>
        <Link href={paths.campaigns(locale)} className="font-semibold text-brand-700 underline">
          {m.campaigns}
        </Link>
      </section>
    )
  return (
    <section
      aria-labelledby="campaign-title"
      className="mb-8 rounded-lg border border-red-200 bg-red-50 p-4"
      data-testid="home-campaign"
    >
      <p className="text-sm font-semibold text-red-800">
        {m.homePage.campaignNow} · {m.campaign.off(discountText(campaign))}
      </p>
      <h2 id="campaign-title" className="text-xl font-bold">
        <Link href={paths.campaign(locale, campaign.handle)} className="underline">
          {campaignTitle(campaign, locale)}
        </Link>
      </h2>
      <p className="mb-2 text-sm text-stone-700">
        {campaignPeriod(campaign)}
        {campaign.place ? ` · ${campaign.place}` : ""}
      </p>
      <Countdown until={campaign.campaign.ends_at} label={m.campaign.endsIn} locale={locale} />
      {products.length > 0 && (
        <>
          <h3 className="mt-4 mb-2 font-semibold">{m.homePage.campaignProducts}</h3>
          <ProductGrid hits={products} campaigns={campaigns} locale={locale} testId="home-campaign-products" />
        </>
      )}
      {others > 0 && (
        <Link href={paths.campaigns(locale)} className="mt-3 inline-block text-sm font-semibold underline">
          {m.homePage.allCampaigns} ({others})
        </Link>
      )}
    </section>
  )
}

export function ProductSection({ id, title, empty, ...cards }: Cards & { id: string; title: string; empty: string }) {
  const m = t(cards.locale)
  return (
    <section aria-labelledby={id} className="mb-8">
      <SectionHeader id={id} title={title} href={paths.catalogue(cards.locale)} more={m.homePage.seeAll} />
      {cards.hits.length === 0 ? <p>{empty}</p> : <ProductGrid {...cards} testId={id} />}
    </section>
  )
}

/** Producers of the featured products, each with the first line of their story. */
export function ProducerShowcase({ producers, locale }: { producers: Producer[]; locale: Locale }) {
  const m = t(locale)
  return (
    <section aria-labelledby="home-producers" className="mb-8">
      <h2 id="home-producers" className="mb-3 text-xl font-semibold">
        {m.homePage.producers}
      </h2>
      {producers.length === 0 ? (
        <p>{m.homePage.noProducers}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="home-producers">
          {producers.map((p) => (
            <li key={p.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
              <Link href={paths.producer(locale, p.handle)} className="font-semibold text-brand-700 underline">
                {p.name}
              </Link>
              <p className="text-stone-600">{[p.commune_name, p.province_name].filter(Boolean).join(", ")}</p>
              {p.description && <p className="mt-1 line-clamp-2 text-stone-700">{firstSentence(p.description)}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

const firstSentence = (text: string) => (text.match(/^.*?[.!?](\s|$)/)?.[0] ?? text).trim().slice(0, 200)

/** Ways into the catalogue: each product group and each place of origin, with its count (links into the facets). */
export function WaysIn({
  groups,
  districts,
  locale,
}: {
  groups: FacetValue[]
  districts: FacetValue[]
  locale: Locale
}) {
  const m = t(locale)
  const link = (key: "group" | "district", value: string) =>
    `${paths.catalogue(locale)}?${new URLSearchParams({ [key]: value }).toString()}`
  const chip = "rounded-full border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100"
  return (
    <section className="mb-8 grid gap-6 md:grid-cols-2" data-testid="home-ways-in">
      <div>
        <h2 className="mb-2 text-xl font-semibold">{m.homePage.byGroup}</h2>
        <ul className="flex flex-wrap gap-2">
          {groups
            .filter((g) => isOcopGroup(g.value))
            .map((g) => (
              <li key={g.value}>
                <Link href={link("group", g.value)} className={chip}>
                  {groupLabel(g.value as Parameters<typeof groupLabel>[0], locale)} ({g.count})
                </Link>
              </li>
            ))}
        </ul>
      </div>
      <div>
        <h2 className="mb-2 text-xl font-semibold">{m.homePage.byDistrict}</h2>
        <ul className="flex flex-wrap gap-2">
          {districts.map((d) => (
            <li key={d.value}>
              <Link href={link("district", d.value)} className={chip}>
                {d.value} ({d.count})
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}

/** What the stars mean: the score bands and who awards them today. */
export function StarsExplained({ locale }: { locale: Locale }) {
  const m = t(locale)
  const today = vietnamToday()
  return (
    <section aria-labelledby="home-stars" className="mb-8 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm">
      <h2 id="home-stars" className="mb-1 text-lg font-semibold">
        {m.homePage.starsTitle}
      </h2>
      <p className="mb-2 text-stone-700">{m.homePage.starsIntro}</p>
      <ul className="list-disc pl-5" data-testid="home-stars">
        {STAR_BANDS.map((b) => (
          <li key={b.star}>
            {m.homePage.star(
              b.star,
              b.min,
              b.max,
              issuingLevelLabel(issuingLevelFor(b.star, today), locale).toLowerCase(),
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
