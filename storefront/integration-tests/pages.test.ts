/** The production build of the storefront, served by `next start`, as a visitor sees it. */
import { describe, expect, inject, it } from "vitest"

const { storefrontUrl } = inject("stack")

async function page(path: string) {
  const res = await fetch(storefrontUrl + path)
  return { status: res.status, html: await res.text() }
}

describe("storefront pages", () => {
  it("home lists the OCOP products in Vietnamese with VND prices", async () => {
    const { status, html } = await page("/")
    expect(status).toBe(200)
    expect(html).toContain('<html lang="vi"')
    expect(html).toContain("Nước mắm Lê Gia – Cốt đặc biệt 40N")
    expect(html).toContain("125.000\u00a0₫")
    expect(html).toContain("Dữ liệu mẫu")
  })

  it("the English home has English labels and the same prices", async () => {
    const { status, html } = await page("/en")
    expect(status).toBe(200)
    expect(html).toContain('<html lang="en"')
    expect(html).toContain("OCOP products")
    expect(html).toContain("125.000\u00a0₫")
  })

  it("a product page shows variants, stock and the producer", async () => {
    const { status, html } = await page("/san-pham/nuoc-mam-le-gia-cot-dac-biet-40n")
    expect(status).toBe(200)
    expect(html).toContain("690.000\u00a0₫")
    expect(html).toContain("Còn 30 sản phẩm") // the 6-bottle box nobody has bought in these tests
    expect(html).toContain("Công ty TNHH Thực phẩm và Thương mại dịch vụ Lê Gia")
    const soldOut = await page("/en/products/tinh-dau-sa-chanh-minh-hong")
    expect(soldOut.html).toContain("Sold out")
  })

  it("an unknown product is a 404", async () => {
    expect((await page("/san-pham/khong-co-san-pham-nay")).status).toBe(404)
  })
})
