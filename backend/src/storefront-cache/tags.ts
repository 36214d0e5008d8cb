/**
 * Which storefront cache tags an event makes stale (the tags are in @ocop-market/ocop's cache-tags).
 * Product pages are read live from the store API; lists come from the search index, which takes a
 * few seconds to follow, so their tags are told again a little later (see notifier.ts).
 */
import { CACHE_TAGS, groupTag, producerTag, productTag, type CacheTag } from "@ocop-market/ocop"
import { OCOP_PRODUCT_CHANGED } from "../modules/ocop/events"
import {
  PRODUCT_EVENTS,
  productIdsOf,
  productsOfTranslated,
  translatedRefs,
  type GraphQuery,
  type TranslatedRef,
} from "../events/product-events"

/** Campaigns and their discounts are Medusa's promotions and campaigns. */
export const PROMOTION_EVENTS = ["campaign", "promotion", "application-method"].flatMap((o) =>
  ["created", "updated", "deleted"].map((a) => `promotion.${o}.${a}`),
)
export const REGION_EVENTS = ["region.created", "region.updated", "region.deleted"]
export const STOREFRONT_CACHE_EVENTS = [...PRODUCT_EVENTS, ...PROMOTION_EVENTS, ...REGION_EVENTS]

export type StaleTags = {
  /** Read from the store API: fresh as soon as the storefront reads again. */
  live: CacheTag[]
  /** Read from the search index: fresh once the index has the change. */
  indexed: CacheTag[]
}

/** A producer's story translated: its page and the lists that show its story. */
async function translatedProducers(refs: TranslatedRef[], query: GraphQuery): Promise<CacheTag[]> {
  const producerIds = refs.filter((r) => r.reference === "producer").map((r) => r.reference_id)
  if (!producerIds.length) return []
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["handle"],
    filters: { id: producerIds },
  })
  return [...producers.map((p) => producerTag(p.handle)), CACHE_TAGS.producers]
}

export async function tagsOfEvent(event: { name: string; data: any }, query: GraphQuery): Promise<StaleTags> {
  if (REGION_EVENTS.includes(event.name)) return { live: [CACHE_TAGS.regions], indexed: [] }
  if (PROMOTION_EVENTS.includes(event.name)) return { live: [CACHE_TAGS.campaigns], indexed: [] }
  // a translation's rows are read once, for its producers and its products
  const refs = await translatedRefs(event, query)
  const producers = await translatedProducers(refs, query)
  // nothing to tell when no product changed (the daily expiry check that expired nothing)
  const ids = refs.length ? await productsOfTranslated(refs, query) : await productIdsOf(event, query)
  if (!ids.length) return { live: producers, indexed: [] }
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["handle", "producer.handle", "ocop_certification.group"],
    filters: { id: ids },
    withDeleted: true,
  })
  const live: CacheTag[] = products.map((p) => productTag(p.handle)).filter(Boolean)
  const each = (pick: (p: Record<string, any>) => string | undefined, tag: (v: string) => CacheTag) => [
    ...new Set(
      products
        .map(pick)
        .filter((v): v is string => !!v)
        .map(tag),
    ),
  ]
  // lists: the catalogue and home page, the producer's page, the group's related products
  const indexed: CacheTag[] = [
    CACHE_TAGS.catalogue,
    ...each((p) => p.producer?.handle, producerTag),
    ...each((p) => p.ocop_certification?.group, groupTag),
  ]
  // figures, producers and campaigns follow certifications and orders
  if (event.name === OCOP_PRODUCT_CHANGED) live.push(CACHE_TAGS.producers, CACHE_TAGS.campaigns, CACHE_TAGS.stats)
  if (event.name === "order.placed") live.push(CACHE_TAGS.stats)
  return { live: [...live, ...producers], indexed }
}
