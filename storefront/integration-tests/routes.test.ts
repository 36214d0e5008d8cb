/**
 * One route tree serves both languages: every URL the shop had before the move to app/[locale]
 * still answers, in its language, with its page's heading, and links to its counterpart.
 */
import { describe, expect, inject, it } from "vitest"

const { storefrontUrl } = inject("stack")
const PRODUCT = "nuoc-mam-le-gia-cot-dac-biet-40n"
const PRODUCER = "cong-ty-tnhh-thuc-pham-va-thuong-mai-dich-vu-le-gia"

// [Vietnamese URL, its heading, English URL, its heading]
const PAGES: [string, string, string, string][] = [
  ["/", "OCOP Market", "/en", "OCOP Market"],
  ["/san-pham", "Tất cả sản phẩm OCOP", "/en/products", "All OCOP products"],
  [`/san-pham/${PRODUCT}`, "Nước mắm Lê Gia – Cốt đặc biệt 40N", `/en/products/${PRODUCT}`, "Lê Gia fish sauce"],
  [`/chu-the/${PRODUCER}`, "Công ty TNHH Thực phẩm", `/en/producers/${PRODUCER}`, "Công ty TNHH Thực phẩm"],
  ["/gio-hang", "Giỏ hàng", "/en/cart", "Cart"],
  ["/thanh-toan", "Thanh toán", "/en/checkout", "Checkout"],
  ["/tai-khoan", "Tài khoản", "/en/account", "Account"],
  ["/chien-dich", "Chương trình xúc tiến thương mại OCOP", "/en/campaigns", "OCOP trade-promotion campaigns"],
  ["/thong-ke", "Chương trình OCOP Thanh Hóa qua các con số", "/en/statistics", "OCOP programme in figures"],
  ["/nha-san-xuat/dang-nhap", "Đăng nhập cổng nhà sản xuất", "/en/producer/login", "Log in to the producer portal"],
  ["/nha-san-xuat/loi-moi?token=x", "Nhận lời mời", "/en/producer/invite?token=x", "Accept your invite"],
  ["/nha-san-xuat/quen-mat-khau", "Đặt lại mật khẩu", "/en/producer/forgot-password", "Reset your password"],
  ["/nha-san-xuat/dat-lai-mat-khau", "Đặt lại mật khẩu", "/en/producer/reset-password", "Reset your password"],
]

async function open(path: string, redirect: RequestRedirect = "follow") {
  const res = await fetch(storefrontUrl + path, { redirect })
  const html = await res.text()
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, "") ?? ""
  return { status: res.status, html, lang: /<html lang="([a-z]+)"/.exec(html)?.[1], h1: h1.replaceAll("&#x27;", "'") }
}

describe("every URL in both languages", () => {
  it.each(PAGES)("%s and its English twin answer in their language", async (viPath, viHeading, enPath, enHeading) => {
    const vi = await open(viPath)
    expect(vi.status, viPath).toBe(200)
    expect(vi.lang).toBe("vi")
    expect(vi.h1).toContain(viHeading)
    const en = await open(enPath)
    expect(en.status, enPath).toBe(200)
    expect(en.lang).toBe("en")
    expect(en.h1).toContain(enHeading)
    // the language switch of each page leads to the other (query strings aside)
    expect(vi.html).toContain(`hrefLang="en" class="text-stone-700 underline" href="${enPath.split("?")[0]}`)
    expect(en.html).toContain(`hrefLang="vi" class="text-stone-700 underline" href="${viPath.split("?")[0]}`)
  })

  it("keeps the portal behind its login in both languages", async () => {
    for (const [path, login] of [
      ["/nha-san-xuat", "/nha-san-xuat/dang-nhap"],
      ["/en/producer", "/en/producer/login"],
    ]) {
      const res = await fetch(storefrontUrl + path, { redirect: "manual" })
      expect(res.status).toBe(307)
      expect(new URL(res.headers.get("location")!, storefrontUrl).pathname).toBe(login)
    }
  })

  it("sends a path in the other language's words to the right one, and answers 404 for unknown pages", async () => {
    const english = await fetch(`${storefrontUrl}/products/${PRODUCT}`, { redirect: "manual" })
    expect(english.status).toBe(307)
    expect(new URL(english.headers.get("location")!, storefrontUrl).pathname).toBe(`/san-pham/${PRODUCT}`)
    for (const path of ["/khong-co-trang", "/en/no-such-page", "/san-pham/khong-co", "/en/products/khong-co"]) {
      expect((await open(path)).status, path).toBe(404)
    }
  })

  it("ignores the browser's language: / stays Vietnamese, /en English", async () => {
    const res = await fetch(storefrontUrl + "/", {
      headers: { "accept-language": "en-US,en;q=0.9" },
      redirect: "manual",
    })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<html lang="vi"')
  })
})
