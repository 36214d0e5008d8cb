import { CACHE_TAGS } from "@ocop-market/ocop"
import { Page } from "@/components/layout/shell"
import {
  CampaignShowcase,
  ProducerShowcase,
  ProductSection,
  StarsExplained,
  WaysIn,
} from "@/components/home/home-sections"
import { loadCampaigns } from "@/lib/shop/campaigns"
import { paths, t, type Locale } from "@/lib/i18n"
import type { ProductHit } from "@/lib/medusa"
import { cachedProducer, cachedSearchCatalogue, cachedSearchProducts, expireWithin } from "@/lib/medusa/cached"

const CATALOGUE = [CACHE_TAGS.catalogue]

/** A read the home page can do without: its section shows its empty state, and the page is kept a few seconds only. */
async function orNothing<T>(read: Promise<T>, nothing: T, what: string): Promise<T> {
  try {
    return await read
  } catch (err) {
    console.error(`home: cannot load ${what}:`, (err as Error).message)
    await expireWithin(5)
    return nothing
  }
}

const noHits = { hits: [] as ProductHit[], count: 0 }

/**
 * The home page promotes: the campaign running now first, then featured products (4★ and those
 * proposed for 5★) and their producers, ways in by group and by place, the newest certified
 * products, and what the stars mean. Every read is cached and tagged; they run together.
 */
export async function HomePage({ locale }: { locale: Locale }) {
  const m = t(locale)
  const [campaigns, fourStar, proposed, newest, catalogue] = await Promise.all([
    loadCampaigns(),
    orNothing(
      cachedSearchProducts({ filters: { star: [4, 5] }, take: 8, order: { star: "DESC" } }, CATALOGUE),
      noHits,
      "featured products",
    ),
    orNothing(cachedSearchProducts({ filters: { proposed_star: 5 }, take: 4 }, CATALOGUE), noHits, "proposed products"),
    orNothing(
      cachedSearchProducts({ filters: {}, take: 8, order: { certified_on: "DESC" } }, CATALOGUE),
      noHits,
      "newest products",
    ),
    orNothing(cachedSearchCatalogue({}), null, "catalogue facets"),
  ])
  const running = campaigns.all.filter((c) => c.state === "active")
  const campaign = running[0] ?? null
  // proposed for 5★ first, then the 4★ ones
  const featured = [...proposed.hits, ...fourStar.hits.filter((h) => !proposed.hits.some((p) => p.id === h.id))].slice(
    0,
    8,
  )
  const producerHandles = [...new Set(featured.map((h) => h.producer_handle).filter((x): x is string => !!x))].slice(
    0,
    4,
  )
  const [campaignProducts, producers] = await Promise.all([
    campaign
      ? orNothing(
          cachedSearchProducts({ filters: { campaign_handles: [campaign.handle] }, take: 4 }, [
            CACHE_TAGS.campaigns,
            CACHE_TAGS.catalogue,
          ]),
          noHits,
          "campaign products",
        )
      : noHits,
    Promise.all(producerHandles.map((h) => cachedProducer(h, locale).catch(() => null))),
  ])
  return (
    <Page locale={locale} alternate={paths.home(locale === "vi" ? "en" : "vi")}>
      <section className="mb-6 rounded-lg bg-brand-50 p-4">
        <h1 className="text-2xl font-bold text-brand-700">OCOP Market</h1>
        <p className="mt-1 max-w-3xl text-stone-700">{m.programme}</p>
      </section>
      <CampaignShowcase
        campaign={campaign}
        products={campaignProducts.hits}
        others={campaigns.all.filter((c) => c.state !== "ended").length - (campaign ? 1 : 0)}
        campaigns={campaigns.byProduct}
        locale={locale}
      />
      <ProductSection
        id="home-featured"
        title={m.homePage.featured}
        empty={m.homePage.noFeatured}
        hits={featured}
        campaigns={campaigns.byProduct}
        locale={locale}
      />
      <ProducerShowcase producers={producers.filter((p) => p !== null)} locale={locale} />
      {catalogue && <WaysIn groups={catalogue.facets.group} districts={catalogue.facets.district} locale={locale} />}
      <ProductSection
        id="home-newest"
        title={m.homePage.newest}
        empty={m.homePage.noNewest}
        hits={newest.hits}
        campaigns={campaigns.byProduct}
        locale={locale}
      />
      <StarsExplained locale={locale} />
    </Page>
  )
}
