import { defineRouting } from "next-intl/routing"

/**
 * The shop's one route table: Vietnamese at the root with Vietnamese paths, English under /en.
 * Folders under app/[locale] carry the internal (English) names; each language's URL is here.
 */
export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "as-needed",
  // a page's language is its URL's, never the browser's: "/" is always Vietnamese
  localeDetection: false,
  // and no cookie to remember it: a cached page is the same for everyone, without Set-Cookie
  localeCookie: false,
  alternateLinks: false,
  pathnames: {
    "/": "/",
    "/products": { vi: "/san-pham", en: "/products" },
    "/products/[handle]": { vi: "/san-pham/[handle]", en: "/products/[handle]" },
    "/producers/[handle]": { vi: "/chu-the/[handle]", en: "/producers/[handle]" },
    "/cart": { vi: "/gio-hang", en: "/cart" },
    "/checkout": { vi: "/thanh-toan", en: "/checkout" },
    "/checkout/vnpay": { vi: "/thanh-toan/vnpay", en: "/checkout/vnpay" },
    "/orders/[id]": { vi: "/don-hang/[id]", en: "/orders/[id]" },
    "/account": { vi: "/tai-khoan", en: "/account" },
    "/account/claim": { vi: "/tai-khoan/nhan-don", en: "/account/claim" },
    "/account/confirm": { vi: "/tai-khoan/xac-nhan", en: "/account/confirm" },
    "/account/forgot-password": { vi: "/tai-khoan/quen-mat-khau", en: "/account/forgot-password" },
    "/account/reset-password": { vi: "/tai-khoan/dat-lai-mat-khau", en: "/account/reset-password" },
    "/campaigns": { vi: "/chien-dich", en: "/campaigns" },
    "/campaigns/[handle]": { vi: "/chien-dich/[handle]", en: "/campaigns/[handle]" },
    "/statistics": { vi: "/thong-ke", en: "/statistics" },
    "/producer": { vi: "/nha-san-xuat", en: "/producer" },
    "/producer/login": { vi: "/nha-san-xuat/dang-nhap", en: "/producer/login" },
    "/producer/invite": { vi: "/nha-san-xuat/loi-moi", en: "/producer/invite" },
    "/producer/forgot-password": { vi: "/nha-san-xuat/quen-mat-khau", en: "/producer/forgot-password" },
    "/producer/reset-password": { vi: "/nha-san-xuat/dat-lai-mat-khau", en: "/producer/reset-password" },
    "/producer/products/[id]": { vi: "/nha-san-xuat/san-pham/[id]", en: "/producer/products/[id]" },
  },
})

export type Locale = (typeof routing.locales)[number]
export type Pathname = keyof typeof routing.pathnames
