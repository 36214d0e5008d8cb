/** The production build of the storefront, served by `next start`, as a visitor sees it. */
import { formatVnd } from "@ocop-market/ocop"
import { describe, expect, inject, it } from "vitest"
import { createClient, getVietnamRegion, listProducts } from "@/lib/medusa"

const { storefrontUrl, backendUrl, publishableKey } = inject("stack")
const client = createClient({ baseUrl: backendUrl, publishableKey })

async function page(path: string) {
  const res = await fetch(storefrontUrl + path)
  return { status: res.status, html: await res.text() }
}

describe("storefront pages", () => {
  it("home lists the newest OCOP products in Vietnamese with VND prices", async () => {
    const region = await getVietnamRegion(client)
    const { products } = await listProducts(client, { regionId: region.id, limit: 24 })
    const { status, html } = await page("/")
    expect(status).toBe(200)
    expect(html).toContain('<html lang="vi"')
    for (const p of products) {
      expect(html).toContain(p.title)
      expect(html).toContain(formatVnd(p.fromPrice!))
    }
    expect(html).toContain("Dữ liệu mẫu")
  })

  it("the English home has English labels and the same prices", async () => {
    const vi = await page("/")
    const en = await page("/en")
    expect(en.status).toBe(200)
    expect(en.html).toContain('<html lang="en"')
    expect(en.html).toContain("OCOP products")
    const prices = (html: string) => html.match(/[\d.]+\u00a0₫/g)
    expect(prices(en.html)).toEqual(prices(vi.html))
  })

  it("a product page shows variants, stock and the producer", async () => {
    const { status, html } = await page("/san-pham/nuoc-mam-le-gia-cot-dac-biet-40n")
    expect(status).toBe(200)
    expect(html).toContain("690.000\u00a0₫")
    expect(html).toContain("Còn 30 sản phẩm") // the 6-bottle box nobody has bought in these tests
    expect(html).toContain("Công ty TNHH Thực phẩm và Thương mại dịch vụ Lê Gia")
    expect(html).toContain("Chứng nhận OCOP")
    expect(html).toContain("Nay thuộc")
    expect(html).toContain("Xã Hoằng Thanh, Thanh Hóa")
    expect(html).toContain("Được đề nghị xét 5 sao")
    const soldOut = await page("/en/products/tinh-dau-sa-chanh")
    expect(soldOut.html).toContain("Sold out")
  })

  it("an unknown product is a 404", async () => {
    expect((await page("/san-pham/khong-co-san-pham-nay")).status).toBe(404)
  })
})

describe("catalogue (driven by the search index)", () => {
  it("finds products typed without diacritics and counts them", async () => {
    const { status, html } = await page("/san-pham?q=nuoc+mam")
    expect(status).toBe(200)
    expect(html).toContain("Nước mắm Lê Gia – Cốt đặc biệt 40N")
    expect(html).toMatch(/cho “nuoc mam”/)
  })

  it("narrows by facets with counts, in the URL", async () => {
    expect((await page("/san-pham?group=handicraft")).html).toContain("7 sản phẩm")
    expect((await page("/en/products?star=4")).html).toContain("17 products")
    const both = await page("/san-pham?star=4&group=handicraft")
    expect(both.html).toContain("5 sản phẩm")
    expect(both.html).toContain('aria-current="true"') // the active facet values are marked
  })

  it("sorts by price and pages through the whole catalogue", async () => {
    const asc = await page("/san-pham?group=handicraft&sort=price_asc")
    const prices = [...asc.html.matchAll(/font-semibold text-brand-700">([\d.]+)\u00a0₫/g)].map((m) =>
      Number(m[1]!.replace(/\./g, "")),
    )
    expect(prices.length).toBe(7)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    expect((await page("/san-pham?page=3")).html).toContain("Trang 3/3")
  })

  it("says so, with suggestions, when nothing matches", async () => {
    const { status, html } = await page("/san-pham?q=xyzxyzqq")
    expect(status).toBe(200)
    expect(html).toContain("Không tìm thấy sản phẩm phù hợp.")
    expect(html).toContain("/san-pham?group=food")
  })
})

describe("producer portal pages", () => {
  it("sends a visitor without a producer login to the portal's login page, with a way to reset the password", async () => {
    const res = await fetch(storefrontUrl + "/nha-san-xuat", { redirect: "manual" })
    expect([303, 307, 308]).toContain(res.status)
    expect(res.headers.get("location")).toMatch(/\/nha-san-xuat\/dang-nhap$/)
    const login = await page("/nha-san-xuat/dang-nhap")
    expect(login.html).toContain("Đăng nhập cổng nhà sản xuất")
    expect(login.html).toContain('href="/nha-san-xuat/quen-mat-khau"')
    const forgot = await page("/nha-san-xuat/quen-mat-khau")
    expect(forgot.html).toContain("Gửi liên kết đặt lại")
    const en = await page("/en/producer/login")
    expect(en.html).toContain("Log in to the producer portal")
  })
})
