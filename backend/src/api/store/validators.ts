import { z } from "@medusajs/framework/zod"
import { currentCommuneIn, currentProvince } from "@ocop-market/ocop/current-units"
import {
  MAX_FACET_RANGES,
  MAX_FACETS,
  MAX_FILTER_NUMBER,
  MAX_LINE_QUANTITY,
  MAX_LIST_OFFSET,
  MAX_PAGE_SIZE,
  MAX_PASSWORD_LENGTH,
  MAX_SEARCH_QUERIES,
  MIN_PASSWORD_LENGTH,
  normalizeVietnamesePhone,
} from "@ocop-market/ocop"

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

/**
 * A search's filters in a shape the engine can take: `$and` / `$or` a list of filter objects, `$not`
 * one, and every number, however nested, at most 10^12 either side (Meilisearch wrote 1e308 back as
 * a filter it could not parse).
 */
const filterNumbers = z.unknown().superRefine((value, ctx) => {
  const object = (v: unknown) => !!v && typeof v === "object" && !Array.isArray(v)
  const walk = (v: unknown, path: (string | number)[]) => {
    const key = path[path.length - 1]
    // logical operators take filter objects ($or: null reached the search module as a 500)
    if ((key === "$and" || key === "$or") && !(Array.isArray(v) && v.every(object))) {
      ctx.addIssue({ code: "custom", path, message: "invalid_type" })
    } else if (key === "$not" && !object(v)) {
      ctx.addIssue({ code: "custom", path, message: "invalid_type" })
    } else if (typeof v === "number" && !(Math.abs(v) <= MAX_FILTER_NUMBER)) {
      ctx.addIssue({
        code: "too_big",
        maximum: MAX_FILTER_NUMBER,
        origin: "number",
        inclusive: true,
        path,
        input: v,
        message: "too_big",
      })
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k])
    }
  }
  walk(value, [])
})

/** One search: a page within the store's list limits, a few facets of a few ranges each. */
const OneSearch = z.looseObject({
  filters: filterNumbers.optional(),
  pagination: z
    .looseObject({
      take: z.number().min(0).max(MAX_PAGE_SIZE).int().optional(),
      skip: z.number().min(0).max(MAX_LIST_OFFSET).int().optional(),
    })
    .optional(),
  search_options: z
    .looseObject({
      facets: z
        .array(z.union([z.string(), z.looseObject({ ranges: z.array(z.unknown()).max(MAX_FACET_RANGES).optional() })]))
        .max(MAX_FACETS)
        .optional(),
    })
    .optional(),
})

/** POST /store/search: one search, or up to 20 under `queries`. */
export const SearchLimits = OneSearch.extend({ queries: z.array(OneSearch).max(MAX_SEARCH_QUERIES).optional() })

/** An order lookup: the number on the confirmation ("#12" or 12) and the e-mail or phone used. */
export const OrderLookup = z.object({
  order_number: z.preprocess(
    (v) => (typeof v === "string" ? Number(v.trim().replace(/^#/, "")) : v),
    z.number().min(1).max(2_000_000_000).int(),
  ),
  contact: z.string().trim().min(3).max(200),
})
export type OrderLookupType = z.infer<typeof OrderLookup>

/** An e-mail address as accounts keep it: trimmed, lower case. */
const email = z.string().trim().toLowerCase().max(200).email("email_invalid")

/** A shopper's sign-up: the phone, when given, a Vietnamese one (kept as 0xxxxxxxxx). */
export const SignUp = z.object({
  email,
  password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
  full_name: z.string().trim().min(2).max(100),
  phone: z
    .string()
    .trim()
    .max(20)
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null
      const phone = normalizeVietnamesePhone(v)
      if (!phone) ctx.addIssue({ code: "custom", message: "phone_invalid" })
      return phone
    }),
  locale: z.enum(["vi", "en"]).default("vi"),
})
export type SignUpType = z.infer<typeof SignUp>

/** The link's token and e-mail, with the password chosen at sign-up. */
export const ConfirmSignUp = z.object({
  email,
  token: z.string().min(16).max(100),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
})
export type ConfirmSignUpType = z.infer<typeof ConfirmSignUp>

/** A discount code as shoppers type it: spaces around it and small letters are forgiven. */
export const PromoCode = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{3,40}$/, "promo_code_invalid"),
})
export type PromoCodeType = z.infer<typeof PromoCode>

/** A password change: the current one, and a new one as long as a sign-up's. */
export const PasswordChange = z.object({
  current_password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  new_password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
  locale: z.enum(["vi", "en"]).default("vi"),
})
export type PasswordChangeType = z.infer<typeof PasswordChange>

/** What a shopper may change of the profile through Medusa's route: a name, and a Vietnamese phone. */
export const ProfileUpdate = z.looseObject({
  first_name: z.string().trim().min(2).max(100).optional(),
  phone: z
    .string()
    .trim()
    .max(20)
    .nullish()
    .refine((v) => !v || normalizeVietnamesePhone(v) !== null, "phone_invalid"),
})

/**
 * An address of a shopper's book (Medusa's own routes): when it carries the 2025 unit codes, as the
 * storefront's forms send them, the commune must lie in the province; a street of at most 200.
 */
export const AddressUnits = z
  .looseObject({
    address_1: z.string().max(200).nullish(),
    metadata: z
      .looseObject({ province_code: z.string().max(10).optional(), commune_code: z.string().max(10).optional() })
      .nullish(),
  })
  .superRefine((body, ctx) => {
    const { province_code, commune_code } = body.metadata ?? {}
    if (!province_code && !commune_code) return
    if (!province_code || !currentProvince(province_code))
      ctx.addIssue({ code: "custom", message: "province_unknown", path: ["metadata", "province_code"] })
    else if (!commune_code || !currentCommuneIn(province_code, commune_code))
      ctx.addIssue({ code: "custom", message: "commune_code_mismatch", path: ["metadata", "commune_code"] })
  })
