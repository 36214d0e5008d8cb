/** The production build of the storefront, served by `next start`, as a visitor sees it. */
import { formatVnd, groupLabel, type OcopGroup } from "@ocop-market/ocop"
import { describe, expect, inject, it } from "vitest"
import { createClient, searchCatalogue, searchProducts } from "@/lib/medusa"

const { storefrontUrl, backendUrl, publishableKey } = inject("stack")
const client = createClient({ baseUrl: backendUrl, publishableKey })

async function page(path: string) {
  const res = await fetch(storefrontUrl + path)
  return { status: res.status, html: await res.text() }
}

describe("storefront pages", () => {
  it("home promotes: 4★ and proposed-5★ products, the newest certified, ways in with counts, what stars mean", async () => {
    const [{ hits: proposed }, { hits: newest }, catalogue] = await Promise.all([
      searchProducts(client, { filters: { proposed_star: 5 }, take: 4 }),
      searchProducts(client, { filters: {}, take: 8, order: { certified_on: "DESC" } }),
      searchCatalogue(client, {}),
    ])
    const { status, html: raw } = await page("/")
    const html = raw.replaceAll("<!-- -->", "") // React's marks between a text's parts
    expect(status).toBe(200)
    expect(html).toContain('<html lang="vi"')
    // the two products the province proposed for 5★ (Lê Gia's), then the newest certified, priced in VND
    expect(proposed.map((h) => h.handle).sort()).toEqual(["mam-tom-le-gia", "nuoc-mam-le-gia-cot-dac-biet-40n"])
    for (const h of [...proposed, ...newest]) {
      expect(html).toContain(h.title)
      expect(html).toContain(formatVnd(h.price_vnd!))
    }
    expect(newest[0]!.certified_on! >= newest[7]!.certified_on!).toBe(true)
    // a way in for each group and place of origin, with its count, into the catalogue's facets
    for (const g of catalogue.facets.group)
      expect(html).toContain(`href="/san-pham?group=${g.value}">${groupLabel(g.value as OcopGroup)} (${g.count})`)
    expect(catalogue.facets.district.length).toBeGreaterThan(3)
    for (const d of catalogue.facets.district) expect(html).toContain(`${d.value} (${d.count})`)
    expect(html).toContain("Sao OCOP nghĩa là gì?")
    expect(html).toContain("4 sao: 70–89 điểm, do cấp tỉnh công nhận.")
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
