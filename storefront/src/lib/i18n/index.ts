/**
 * Vietnamese first, English second: one catalogue per language (src/messages), one route table
 * (src/i18n/routing.ts). Pages link to each other, and to their counterpart in the other
 * language, through `paths`, which reads that table.
 */
import { getPathname } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { en } from "@/messages/en"
import { vi, type Messages } from "@/messages/vi"

export type { Locale, Messages }

const catalogues: Record<Locale, Messages> = { vi, en }

export function t(locale: Locale): Messages {
  return catalogues[locale]
}

type Href = Parameters<typeof getPathname>[0]["href"]
const at = (locale: Locale, href: Href) => getPathname({ locale, href })

export const paths = {
  home: (l: Locale) => at(l, "/"),
  catalogue: (l: Locale) => at(l, "/products"),
  product: (l: Locale, handle: string) => at(l, { pathname: "/products/[handle]", params: { handle } }),
  producer: (l: Locale, handle: string) => at(l, { pathname: "/producers/[handle]", params: { handle } }),
  cart: (l: Locale) => at(l, "/cart"),
  checkout: (l: Locale, step?: string) => at(l, step ? { pathname: "/checkout", query: { step } } : "/checkout"),
  order: (l: Locale, id: string) => at(l, { pathname: "/orders/[id]", params: { id } }),
  account: (l: Locale) => at(l, "/account"),
  confirmSignUp: (l: Locale) => at(l, "/account/confirm"),
  claimOrder: (l: Locale) => at(l, "/account/claim"),
  accountForgot: (l: Locale) => at(l, "/account/forgot-password"),
  accountReset: (l: Locale) => at(l, "/account/reset-password"),
  campaigns: (l: Locale) => at(l, "/campaigns"),
  campaign: (l: Locale, handle: string) => at(l, { pathname: "/campaigns/[handle]", params: { handle } }),
  statistics: (l: Locale) => at(l, "/statistics"),
  portal: (l: Locale) => at(l, "/producer"),
  portalLogin: (l: Locale) => at(l, "/producer/login"),
  portalInvite: (l: Locale) => at(l, "/producer/invite"),
  portalForgot: (l: Locale) => at(l, "/producer/forgot-password"),
  portalReset: (l: Locale) => at(l, "/producer/reset-password"),
  portalProduct: (l: Locale, id: string) => at(l, { pathname: "/producer/products/[id]", params: { id } }),
}

/** An instant as a shopper in Vietnam reads it: "09:15 05/12/2026" (Vietnam time, both languages). */
export function formatDateTime(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Ho_Chi_Minh",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  )
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`
}

/** "2026-08-05" → "05/08/2026", as Vietnamese documents write dates (both languages). */
export function formatDate(isoDay: string): string {
  const [y, m, d] = isoDay.split("-")
  return `${d}/${m}/${y}`
}
