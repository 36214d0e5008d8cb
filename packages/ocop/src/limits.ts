/**
 * How much one request may ask for, the same for the storefront's fields and the backend's checks.
 */

/** Units of one pack in one cart line: a household's order (a wholesaler talks to the producer). */
export const MAX_LINE_QUANTITY = 99

/** Items one page of a store list returns. */
export const MAX_PAGE_SIZE = 100

/** How far into a store list one may page. */
export const MAX_LIST_OFFSET = 100_000

/** Queries one POST /store/search may send together (Medusa's own limit). */
export const MAX_SEARCH_QUERIES = 20

/** Facets one search asks for (the catalogue asks for 7): each costs the engine a query of its own. */
export const MAX_FACETS = 10

/** Ranges of one range facet (the catalogue's price bands are 4). */
export const MAX_FACET_RANGES = 12

/** The largest number a search filter takes: above any price (1.000.000.000 ₫) or count, and exact in the engine. */
export const MAX_FILTER_NUMBER = 1e12

/** A password: at least 8 characters (NIST's floor), at most 128 (a hash of more costs for nothing). */
export const MIN_PASSWORD_LENGTH = 8
export const MAX_PASSWORD_LENGTH = 128

/** A sign-up's confirmation link works for 24 hours. */
export const SIGN_UP_LINK_HOURS = 24
