/**
 * How much one request may ask for, the same for the storefront's fields and the backend's checks.
 */

/** Units of one pack in one cart line: a household's order (a wholesaler talks to the producer). */
export const MAX_LINE_QUANTITY = 99

/** Items one page of a store list returns. */
export const MAX_PAGE_SIZE = 100

/** How far into a store list one may page. */
export const MAX_LIST_OFFSET = 100_000
