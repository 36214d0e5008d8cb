/** The shop's languages: Vietnamese first, the content it is written in; English through Medusa's Translation Module. */
export const SHOP_LOCALES = ["vi", "en"] as const
export type ShopLocale = (typeof SHOP_LOCALES)[number]

/** English as Medusa's Translation Module names it (BCP 47): the locale of every English translation. */
export const ENGLISH_LOCALE = "en-US"

/** Vietnamese as Medusa names it: the language the products are written in. */
export const VIETNAMESE_LOCALE = "vi-VN"

/**
 * The locale a cart is kept in: Medusa writes its lines' product and pack names in it (from the
 * translations), so the cart, the checkout and the order read in the shopper's language.
 */
export const cartLocale = (locale: ShopLocale): string => (locale === "en" ? ENGLISH_LOCALE : VIETNAMESE_LOCALE)

/** The locale a store request asks Medusa for: English translations on the English shop, the original otherwise. */
export const medusaLocale = (locale: ShopLocale): string | undefined => (locale === "en" ? ENGLISH_LOCALE : undefined)
