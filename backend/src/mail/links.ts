/**
 * The storefront's pages a mail links to, in each language: the URLs of
 * storefront/src/i18n/routing.ts (Vietnamese at the root, English under /en).
 */
export type MailLocale = "vi" | "en"

const PAGES = {
  account: { vi: "/tai-khoan", en: "/en/account" },
  claimOrder: { vi: "/tai-khoan/nhan-don", en: "/en/account/claim" },
  confirmSignUp: { vi: "/tai-khoan/xac-nhan", en: "/en/account/confirm" },
  customerForgot: { vi: "/tai-khoan/quen-mat-khau", en: "/en/account/forgot-password" },
  customerReset: { vi: "/tai-khoan/dat-lai-mat-khau", en: "/en/account/reset-password" },
  order: { vi: "/don-hang", en: "/en/orders" },
  portal: { vi: "/nha-san-xuat", en: "/en/producer" },
  producerInvite: { vi: "/nha-san-xuat/loi-moi", en: "/en/producer/invite" },
  producerReset: { vi: "/nha-san-xuat/dat-lai-mat-khau", en: "/en/producer/reset-password" },
} as const

export type MailPage = keyof typeof PAGES

/** The absolute link to a storefront page (STOREFRONT_URL), with an id after its path and its query. */
export function storefrontLink(
  page: MailPage,
  locale: MailLocale,
  query: Record<string, string> = {},
  id?: string,
): string {
  const search = new URLSearchParams(query).toString()
  const path = `${PAGES[page][locale]}${id ? `/${encodeURIComponent(id)}` : ""}`
  return `${process.env.STOREFRONT_URL ?? ""}${path}${search ? `?${search}` : ""}`
}
