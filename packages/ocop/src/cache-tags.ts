/**
 * The storefront's cache tags: every cached read is tagged with what it shows, and the backend's
 * storefront-cache subscriber sends the tags of what changed (backend/src/storefront-cache).
 */
export const CACHE_TAGS = {
  /** Lists of products: the home page, the catalogue, related products, a producer's products. */
  catalogue: "catalogue",
  /** The campaigns list and every campaign page. */
  campaigns: "campaigns",
  /** The producer pages. */
  producers: "producers",
  /** The programme's statistics. */
  stats: "stats",
  /** The region (currency, countries) every price is read in. */
  regions: "regions",
} as const

export type CacheTag =
  (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS] | `product:${string}` | `producer:${string}` | `group:${string}`

/** One product page (by handle: that is what the page is read by). */
export const productTag = (handle: string): CacheTag => `product:${handle}`
/** One producer page (by handle). */
export const producerTag = (handle: string): CacheTag => `producer:${handle}`
/**
 * The products of one OCOP group (a product page's related products): a change elsewhere in the
 * catalogue leaves the other groups' product pages cached.
 */
export const groupTag = (group: string): CacheTag => `group:${group}`

const HANDLE = /^[a-z0-9][a-z0-9-]{0,199}$/
const NAMED = new Set<string>(Object.values(CACHE_TAGS))

/** A tag the storefront knows; a handle part is a URL handle (lowercase letters, digits, dashes). */
export function isCacheTag(value: unknown): value is CacheTag {
  if (typeof value !== "string") return false
  if (NAMED.has(value)) return true
  const [kind, handle, ...rest] = value.split(":")
  return (
    rest.length === 0 && (kind === "product" || kind === "producer" || kind === "group") && HANDLE.test(handle ?? "")
  )
}

/** At most this many tags in one notice (a bulk import sends several notices). */
export const MAX_TAGS_PER_NOTICE = 500
