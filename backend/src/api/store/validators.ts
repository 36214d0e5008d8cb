import { z } from "@medusajs/framework/zod"
import { MAX_LINE_QUANTITY, MAX_LIST_OFFSET, MAX_PAGE_SIZE } from "@ocop-market/ocop"

/** A cart line's quantity: whole units, at least one (zero on a change removes the line), at most 99. */
// bounds before .int(): Zod reports the first check that fails, and 99 says more than 2^53
const units = (min: number) => z.number().min(min).max(MAX_LINE_QUANTITY).int()

export const AddLineQuantity = z.looseObject({ quantity: units(1) })
export const ChangeLineQuantity = z.looseObject({ quantity: units(0) })

/** Any store list: pages of at most 100, offsets from 0 to 100,000 (Medusa passes a negative one to SQL). */
export const StorePage = z.looseObject({
  limit: z.coerce.number().min(1).max(MAX_PAGE_SIZE).int().optional(),
  offset: z.coerce.number().min(0).max(MAX_LIST_OFFSET).int().optional(),
})
