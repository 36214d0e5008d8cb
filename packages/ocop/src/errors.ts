/**
 * Every refusal of the OCOP routes answers `{ type, code, field?, message, params? }`. The `code` is
 * stable: the storefront and the dashboard translate it; `message` is English for API users and logs.
 * Add a code here and the storefront's message tables fail to type-check until they say it too.
 */
export const ERROR_CODES = {
  // shape of a request (any field)
  required: "is required",
  invalid_type: "has the wrong type",
  too_small: "is too small or too short",
  too_big: "is too large or too long",
  not_whole_number: "must be a whole number",
  invalid_format: "is not in the expected format",
  invalid_value: "is not one of the accepted values",
  unknown_field: "is not a field of this request",
  invalid: "is not valid",
  invalid_text: "holds characters no text may hold (a NUL or a broken Unicode character)",
  nested_too_deep: "is nested too deeply",
  // certification (packages/ocop rules)
  star_out_of_range: "must be 3, 4 or 5; below 3 stars a product is not certified",
  score_out_of_range: "must be a whole number from 0 to 100",
  score_outside_band: "is outside the star's band of points",
  group_unknown: "is not an OCOP product group",
  date_invalid: "must be a date YYYY-MM-DD",
  date_in_future: "is in the future",
  valid_until_mismatch: "must be 36 months from the decision",
  issuing_level_mismatch: "is not the level that issues this star at that date",
  proposed_star_not_higher: "must be a higher star than the certified one",
  province_unknown: "is not a known province",
  district_unknown: "is not a district of that province",
  commune_unknown: "is not a commune of that district",
  commune_code_unknown: "is not a known commune code",
  commune_code_mismatch: "does not lie in the given district or province",
  commune_no_current_unit: "has no known current unit",
  commune_code_not_current: "is not a current (2025) commune or ward",
  certification_revoked_already: "is already revoked",
  // producers and their staff
  legal_type_unknown: "is not a producer legal type",
  phone_invalid: "must be a Vietnamese phone number, e.g. 0912345678",
  email_invalid: "is not an e-mail address",
  handle_invalid: "must be lowercase letters, digits and dashes",
  handle_taken: "is taken",
  producer_id_invalid: "must be a producer id",
  producer_not_found: "no such producer",
  staff_exists: "already has a producer account or an open invite",
  staff_not_found: "no such staff member for this producer",
  staff_not_accepted: "the invite has not been accepted yet",
  invite_not_found: "this invite does not exist or was used already",
  invite_expired: "this invite has expired; ask the province for a new one",
  invite_email_mismatch: "the invite was sent to another address",
  login_taken: "this login already belongs to a producer account",
  account_disabled: "this producer account is disabled",
  not_producer: "not a producer account",
  // shoppers' accounts
  sign_up_required: "shoppers sign up through POST /store/ocop/accounts, which confirms the address by e-mail",
  invite_required: "this kind of account is opened from an invite only",
  email_not_confirmed: "confirm the e-mail address first: open the link in the mail we sent",
  sign_up_link_invalid: "this confirmation link is wrong, used or expired; sign up again",
  password_wrong: "is not the password of this account",
  // the producer portal's writes
  product_not_found: "no such product among yours",
  variant_not_found: "no such pack among your products",
  image_not_found: "no such photo among your products",
  line_not_found: "no such line among your orders",
  line_shipped: "this line has been shipped already",
  stock_negative: "cannot be negative",
  stock_not_whole: "must be a whole number of units",
  stock_too_big: "at most 1,000,000",
  stock_not_tracked: "this pack does not track stock",
  price_too_small: "at least 1 ₫",
  price_not_whole_dong: "whole dong (VND has no decimals)",
  price_too_big: "at most 1.000.000.000 ₫",
  pack_name_required: "the pack needs a name (e.g. Hũ 500 g)",
  pack_name_too_long: "at most 60 characters",
  pack_exists: "this product already has that pack",
  packs_duplicate: "two packs have the same name",
  pack_last: "a product keeps at least one pack",
  pack_held_by_orders: "orders not yet shipped hold this pack; ship them first",
  packs_multi_option: "this product's packs have more than one option; the province's staff edit them",
  title_too_short: "at least 3 characters",
  title_too_long: "too long",
  tracking_number_too_short: "at least 3 characters",
  tracking_number_required: "is needed for a parcel carrier",
  carrier_unknown: "is not one of the carriers offered",
  locale_not_offered: "is not a language the shop offers",
  translation_too_long: "is longer than the field takes",
  photos_required: "choose at least one image",
  photo_not_image: "is not a JPEG, PNG or WebP image",
  photo_too_small: "is too small; at least 200 px on each side",
  photo_too_large: "is too large; at most 8000 px on each side",
  photo_too_heavy: "a file is over 5 MB",
  photos_too_many_at_once: "at most 6 images at a time",
  photos_too_many: "a product has at most 12 photos",
  // campaigns
  campaign_not_found: "no such campaign",
  campaign_dates: "the campaign must end after it starts",
  discount_percentage_range: "a percentage must be a whole number from 1 to 90",
  discount_not_whole_dong: "a fixed discount is a whole number of dong, at least 1",
  discount_not_below_price: "is not below the cheapest covered price",
  target_empty: "choose products, groups or producers",
  target_no_product: "the campaign covers no published product",
  campaign_overlap: "a product is in another campaign in that period",
  promo_code_invalid: "3–40 capital letters, digits or dashes",
  promo_code_unknown: "no discount has this code",
  promo_code_not_started: "this code's campaign has not started yet",
  promo_code_ended: "this code's campaign has ended",
  promo_code_used_up: "this code has been used as many times as it may",
  promo_code_not_applicable: "this code is for other products than those in the cart",
  promotion_expired: "the discount no longer applies; review the cart and order again",
  // import, payments, set-up
  csv_empty: "the file is empty",
  csv_too_large: "over 5 MB; split the file",
  csv_invalid: "the file is not valid CSV",
  csv_no_rows: "the file has no rows",
  csv_missing_columns: "the file lacks required columns",
  signature_invalid: "missing or wrong signature",
  signature_missing: "the request is not signed",
  signature_expired: "the signature is older than a minute",
  notice_replayed: "this notice was already received",
  transfer_reference_unknown: "no order has this transfer reference; the transfer is recorded for the shop's staff",
  transfer_amount_mismatch: "the amount is not the order's; the transfer is recorded for the shop's staff",
  order_paid_already: "this order is paid already",
  order_canceled: "this order was cancelled",
  transfer_not_used: "this order is not paid by bank transfer",
  tag_unknown: "is not a cache tag of the shop",
  not_found: "not found",
  order_not_found: "no order has that number with that e-mail or phone",
  // Medusa's own refusals, by their kind (backend/src/api/utils/refusal-codes.ts)
  not_allowed: "is not possible in the current state",
  unauthorized: "log in first, or the session has ended",
  forbidden: "this account may not do that",
  conflict: "conflicts with another change; try again",
  duplicate: "exists already",
  payment_refused: "the payment was not authorised",
  shop_not_set_up: "the shop is not set up: run the seed",
  out_of_stock: "the stock no longer covers this quantity",
  cart_busy: "the cart is being changed by another request; try again",
  too_many_attempts: "too many attempts; try again later",
  service_unavailable: "the shop cannot take this request right now; try again in a few seconds",
  search_unavailable: "search cannot be reached right now; try again in a few seconds",
} as const

export type ErrorCode = keyof typeof ERROR_CODES

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_CODES, value)
}

/** What a refused request answers, and what a domain check returns for one problem. */
export type ApiError = {
  type: string
  code: ErrorCode | string
  field?: string
  message: string
  params?: Record<string, string | number>
}
export type FieldError = { field: string; code: ErrorCode; message: string; params?: Record<string, string | number> }

/** A domain check's problem: the field, the code and, unless told otherwise, the code's message. */
export function fieldError(
  field: string,
  code: ErrorCode,
  params?: Record<string, string | number>,
  message: string = ERROR_CODES[code],
): FieldError {
  return params ? { field, code, message, params } : { field, code, message }
}
