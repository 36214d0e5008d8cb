/** Vietnamese first, English second. Vietnamese pages live at the root, English ones under /en. */
export type Locale = "vi" | "en"

const messages = {
  vi: {
    tagline: "Sản phẩm OCOP — Mỗi xã một sản phẩm",
    programme:
      "Chương trình Mỗi xã một sản phẩm (OCOP) chứng nhận đặc sản của từng xã theo hạng sao; OCOP Market giới thiệu và bán các sản phẩm đã được chứng nhận của Thanh Hóa.",
    products: "Sản phẩm OCOP",
    noProducts: "Chưa có sản phẩm nào.",
    producer: "Chủ thể OCOP",
    origin: "Xuất xứ",
    star: (n: number) => `OCOP ${n} sao`,
    inStock: (n: number) => `Còn ${n} sản phẩm`,
    soldOut: "Hết hàng",
    variants: "Quy cách",
    sampleData: "Dữ liệu mẫu: tổng hợp từ tin công khai, không phải danh mục chính thức.",
    backendDown: "Không tải được sản phẩm lúc này. Vui lòng thử lại sau.",
    notFound: "Không tìm thấy sản phẩm.",
    home: "Trang chủ",
    switchTo: "English",
    certification: "Chứng nhận OCOP",
    decision: "Quyết định",
    issuedBy: "Cấp công nhận",
    levels: { district: "Cấp huyện", province: "Cấp tỉnh", central: "Trung ương" },
    validUntil: "Hiệu lực đến",
    score: "Điểm",
    group: "Nhóm sản phẩm",
    originCertified: "Xuất xứ (theo quyết định)",
    originToday: "Nay thuộc",
    proposed: (n: number) => `Được đề nghị xét ${n} sao`,
    noBadge: "Sản phẩm hiện không mang nhãn OCOP",
    catalogue: "Tất cả sản phẩm OCOP",
    search: "Tìm sản phẩm",
    searchPlaceholder: "Tìm nước mắm, chè lam, mật ong…",
    results: (n: number) => `${n.toLocaleString("vi-VN")} sản phẩm`,
    resultsFor: (q: string) => `cho “${q}”`,
    filters: { star: "Hạng sao", group: "Nhóm sản phẩm", district: "Huyện (theo chứng nhận)", type: "Loại hình chủ thể", price: "Giá", stock: "Tình trạng" },
    inStockOnly: "Còn hàng",
    priceBands: { "duoi-50k": "Dưới 50.000 ₫", "50k-100k": "50.000 – 100.000 ₫", "100k-200k": "100.000 – 200.000 ₫", "tren-200k": "Trên 200.000 ₫" } as Record<string, string>,
    sort: "Sắp xếp",
    sorts: { relevance: "Phù hợp nhất", price_asc: "Giá tăng dần", price_desc: "Giá giảm dần", newest: "Mới nhất", star: "Hạng sao cao" },
    clear: "Bỏ lọc",
    noResults: "Không tìm thấy sản phẩm phù hợp.",
    suggestions: "Thử bỏ bớt bộ lọc, gõ từ khác (không cần dấu), hoặc xem:",
    previous: "Trang trước",
    next: "Trang sau",
    pageOf: (p: number, n: number) => `Trang ${p}/${n}`,
  },
  en: {
    tagline: "OCOP products — One Commune One Product",
    programme:
      "Vietnam's One Commune One Product (OCOP) programme certifies each commune's specialities with stars; OCOP Market presents and sells Thanh Hóa's certified products.",
    products: "OCOP products",
    noProducts: "No products yet.",
    producer: "OCOP producer",
    origin: "Origin",
    star: (n: number) => `OCOP ${n}-star`,
    inStock: (n: number) => `${n} in stock`,
    soldOut: "Sold out",
    variants: "Pack",
    sampleData: "Sample data: compiled from public news, not an official list.",
    backendDown: "Products cannot be loaded right now. Please try again later.",
    notFound: "Product not found.",
    home: "Home",
    switchTo: "Tiếng Việt",
    certification: "OCOP certification",
    decision: "Decision",
    issuedBy: "Certified at",
    levels: { district: "District level", province: "Province level", central: "National level" },
    validUntil: "Valid until",
    score: "Score",
    group: "Product group",
    originCertified: "Origin (as certified)",
    originToday: "Now part of",
    proposed: (n: number) => `Proposed for ${n} stars`,
    noBadge: "This product does not carry the OCOP mark now",
    catalogue: "All OCOP products",
    search: "Search products",
    searchPlaceholder: "Search fish sauce, rice cakes, honey…",
    results: (n: number) => `${n.toLocaleString("en-US")} products`,
    resultsFor: (q: string) => `for “${q}”`,
    filters: { star: "Stars", group: "Product group", district: "District (as certified)", type: "Producer type", price: "Price", stock: "Availability" },
    inStockOnly: "In stock",
    priceBands: { "duoi-50k": "Under 50.000 ₫", "50k-100k": "50.000 – 100.000 ₫", "100k-200k": "100.000 – 200.000 ₫", "tren-200k": "Over 200.000 ₫" } as Record<string, string>,
    sort: "Sort by",
    sorts: { relevance: "Best match", price_asc: "Price: low to high", price_desc: "Price: high to low", newest: "Newest", star: "Most stars" },
    clear: "Clear filters",
    noResults: "No matching products.",
    suggestions: "Try fewer filters, other words (no diacritics needed), or browse:",
    previous: "Previous",
    next: "Next",
    pageOf: (p: number, n: number) => `Page ${p} of ${n}`,
  },
} as const

export type Messages = (typeof messages)[Locale]

export function t(locale: Locale): Messages {
  return messages[locale]
}

/** Paths per locale, so a page links to its counterpart in the other language. */
export const paths = {
  home: (l: Locale) => (l === "vi" ? "/" : "/en"),
  product: (l: Locale, handle: string) => (l === "vi" ? `/san-pham/${handle}` : `/en/products/${handle}`),
  catalogue: (l: Locale) => (l === "vi" ? "/san-pham" : "/en/products"),
}

/** "2026-08-05" → "05/08/2026", as Vietnamese documents write dates (both languages). */
export function formatDate(isoDay: string): string {
  const [y, m, d] = isoDay.split("-")
  return `${d}/${m}/${y}`
}
