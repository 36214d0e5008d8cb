import "server-only"
import { unstable_cache } from "next/cache"
import { CACHE_TAGS, campaignState, producerTag, productTag, type CacheTag, type ShopLocale } from "@ocop-market/ocop"
import { medusa } from "./client"
import { getOffers, getVietnamRegion, getProductByHandle, listProducts } from "./products"
import { searchCatalogue, searchProducts, type CatalogueQuery, type ProductHit } from "./search"
import { getCampaign, listCampaigns, type Campaign } from "./campaigns"
import { getProducer } from "./producers"
import { getProgrammeStats } from "./stats"

/**
 * The storefront's catalogue reads, cached (storefront/cache-handler.mjs: in Redis with REDIS_URL)
 * and tagged with what they show. The backend tells app/api/revalidate which tags a change makes
 * stale, so a cached page never shows an old price or stock for long; the lifetimes below are only
 * a floor in case a notice is lost. A page's own lifetime is the shortest of the reads it makes.
 */
const HOUR = 3600

function cached<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
  tags: (...args: A) => CacheTag[],
  revalidate: number,
) {
  return (...args: A): Promise<R> =>
    unstable_cache(() => read(...args), [name, JSON.stringify(args)], { tags: tags(...args), revalidate })()
}

export const cachedRegion = cached(
  "region",
  () => getVietnamRegion(medusa()),
  () => [CACHE_TAGS.regions],
  HOUR,
)

/** The newest products (home page), priced in the region. */
export const cachedNewestProducts = cached(
  "newest-products",
  async (limit: number) => {
    const region = await cachedRegion()
    return listProducts(medusa(), { regionId: region.id, limit })
  },
  () => [CACHE_TAGS.catalogue, CACHE_TAGS.regions],
  HOUR,
)

export const cachedProduct = cached(
  "product",
  async (handle: string, locale: ShopLocale) => {
    const region = await cachedRegion()
    return getProductByHandle(medusa(), handle, region.id, locale)
  },
  (handle, _locale) => [productTag(handle), CACHE_TAGS.regions],
  HOUR,
)

/**
 * The catalogue from the database while the search engine is down: a page of products, newest
 * first, matching the words as typed. Short-lived: search is back within seconds of a restart.
 */
export const cachedCatalogueFromDatabase = cached(
  "catalogue-database",
  async (q: string | undefined, page: number, pageSize: number) => {
    const region = await cachedRegion()
    return listProducts(medusa(), { regionId: region.id, limit: pageSize, offset: (page - 1) * pageSize, q })
  },
  () => [CACHE_TAGS.catalogue, CACHE_TAGS.regions],
  10,
)

/**
 * The listed products' prices and stock from the store API, tagged with each product: a list
 * shows a new price or a sell-out as soon as the product page does, without waiting for the index.
 */
const cachedOffers = cached(
  "offers",
  async (listed: { id: string; handle: string }[]) =>
    getOffers(
      medusa(),
      listed.map((p) => p.id),
      (await cachedRegion()).id,
    ),
  (listed) => [...listed.map((p) => productTag(p.handle)), CACHE_TAGS.regions],
  HOUR,
)

/** Lists longer than this keep the index's figures (Next keeps 128 tags per read). */
const LIVE_OFFERS_MAX = 60

/** Hits with their live price and stock; those no longer sold left out. The index's figures if the store API fails. */
async function withOffers<T extends { hits: ProductHit[] }>(result: T): Promise<T> {
  if (!result.hits.length || result.hits.length > LIVE_OFFERS_MAX) return result
  const offers = await cachedOffers(result.hits.map((h) => ({ id: h.id, handle: h.handle }))).catch(() => null)
  if (!offers) return result
  const hits = result.hits.flatMap((h) => {
    const offer = offers[h.id]
    return offer ? [{ ...h, price_vnd: offer.price ?? h.price_vnd, in_stock: offer.inStock }] : []
  })
  return { ...result, hits }
}

/** Anonymous catalogue searches: a short life, as the index follows changes a few seconds late. */
const readSearchCatalogue = cached(
  "search-catalogue",
  (query: CatalogueQuery) => searchCatalogue(medusa(), query),
  () => [CACHE_TAGS.catalogue],
  30,
)
export const cachedSearchCatalogue = async (query: CatalogueQuery) => withOffers(await readSearchCatalogue(query))

/**
 * A short list from the index (related products, a producer's or a campaign's products), tagged
 * with what it lists (a group, a producer), so a change elsewhere leaves it cached.
 */
const readSearchProducts = cached(
  "search-products",
  (args: Parameters<typeof searchProducts>[1], _tags: CacheTag[]) => searchProducts(medusa(), args),
  (_args, tags) => tags,
  HOUR,
)
export const cachedSearchProducts = async (args: Parameters<typeof searchProducts>[1], tags: CacheTag[]) =>
  withOffers(await readSearchProducts(args, tags))

/** A campaign's state follows the clock, not the cache: recomputed at each render. */
const now = (c: Campaign): Campaign => ({ ...c, state: campaignState(c.campaign.starts_at, c.campaign.ends_at) })

// a campaign starts and ends on the minute: these pages live a minute at most
const readCampaigns = cached(
  "campaigns",
  () => listCampaigns(medusa()),
  () => [CACHE_TAGS.campaigns],
  60,
)
export const cachedCampaigns = async () => (await readCampaigns()).map(now)

const readCampaign = cached(
  "campaign",
  (handle: string) => getCampaign(medusa(), handle),
  () => [CACHE_TAGS.campaigns],
  60,
)
export const cachedCampaign = async (handle: string) => {
  const c = await readCampaign(handle)
  return c && now(c)
}

export const cachedProducer = cached(
  "producer",
  (handle: string, locale: ShopLocale) => getProducer(medusa(), handle, locale),
  (handle, _locale) => [producerTag(handle), CACHE_TAGS.producers],
  HOUR,
)

/** The programme's figures: told on certification changes and orders, and five minutes at most. */
export const cachedStats = cached(
  "stats",
  () => getProgrammeStats(medusa()),
  () => [CACHE_TAGS.stats],
  300,
)

/**
 * A page rendered without some of its data (the backend was down) is kept this long only, so the
 * next visitor gets a whole page again as soon as the backend answers.
 */
export async function expireWithin(seconds: number): Promise<void> {
  await unstable_cache(async () => Date.now(), ["expire-within", String(seconds)], { revalidate: seconds })()
}
