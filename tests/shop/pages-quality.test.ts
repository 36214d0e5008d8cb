/**
 * What search engines and assistive technology read: metadata, Open Graph, JSON-LD, sitemap and
 * robots; and axe-core (in Chromium) finding no serious or critical accessibility violation.
 */
import fs from "node:fs"
import { createRequire } from "node:module"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, phoneContext } from "../support/browser"

const stack = inject("stack")
const base = stack.storefrontUrl
/** Absolute links use the shop's public address (STOREFRONT_URL), whatever host the test dials. */
const SITE = `http://(localhost|127\\.0\\.0\\.1):${new URL(base).port}`
const FISH_SAUCE = "nuoc-mam-le-gia-cot-dac-biet-40n"
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")

async function html(path: string): Promise<string> {
  const res = await fetch(base + path)
  expect(res.status, path).toBe(200)
  return res.text()
}

describe("SEO", () => {
  it("gives a product page its title, description, canonical, languages and Open Graph", async () => {
    const page = await html(`/san-pham/${FISH_SAUCE}`)
    expect(page).toContain("<title>Nước mắm Lê Gia – Cốt đặc biệt 40N · OCOP Market</title>")
    expect(page).toMatch(
      /<meta name="description" content="OCOP 4 sao · Công ty TNHH Thực phẩm và Thương mại dịch vụ Lê Gia · Nước mắm cốt/,
    )
    expect(page).toMatch(new RegExp(`<link rel="canonical" href="${SITE}/san-pham/${FISH_SAUCE}"/>`))
    expect(page).toMatch(new RegExp(`<link rel="alternate" hrefLang="en" href="${SITE}/en/products/${FISH_SAUCE}"/>`))
    expect(page).toContain(`<meta property="og:title" content="Nước mắm Lê Gia – Cốt đặc biệt 40N"/>`)
    expect(page).toContain(`<meta property="og:locale" content="vi_VN"/>`)
    expect(page).toMatch(/<meta property="og:image" content="http[^"]+\/images\/groups\/food\.svg"/)
  })

  it("describes the product in JSON-LD with its offers in VND and the certificate as properties, not as a rating", async () => {
    const page = await html(`/san-pham/${FISH_SAUCE}`)
    const json = page.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!
    const ld = JSON.parse(json)
    expect(ld["@type"]).toBe("Product")
    expect(ld.name).toBe("Nước mắm Lê Gia – Cốt đặc biệt 40N")
    expect(
      ld.offers.map((o: any) => [o.price, o.priceCurrency, o.availability]).sort((a: any, b: any) => a[0] - b[0]),
    ).toEqual([
      [125000, "VND", "https://schema.org/InStock"],
      [690000, "VND", "https://schema.org/InStock"],
    ])
    expect(ld.aggregateRating).toBeUndefined()
    expect(ld.review).toBeUndefined()
    expect(ld.additionalProperty).toContainEqual({ "@type": "PropertyValue", name: "OCOP star rating", value: 4 })
  })

  it("lists every product and producer in both languages in sitemap.xml, and robots.txt points to it", async () => {
    const xml = await html("/sitemap.xml")
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
    // as many as the store sells (other test files add some to the 69 and 47 of the sample)
    const headers = { "x-publishable-api-key": stack.publishableKey }
    const products = (await (
      await fetch(`${stack.backendUrl}/store/products?limit=1&fields=id`, { headers })
    ).json()) as { count: number }
    const producers = (await (await fetch(`${stack.backendUrl}/store/ocop/producers?limit=1`, { headers })).json()) as {
      count: number
    }
    expect(products.count).toBeGreaterThanOrEqual(69)
    expect(producers.count).toBeGreaterThanOrEqual(47)
    expect(urls.filter((u) => u.includes("/san-pham/"))).toHaveLength(products.count)
    expect(urls.filter((u) => u.includes("/chu-the/"))).toHaveLength(producers.count)
    expect(xml).toMatch(new RegExp(`hreflang="en" href="${SITE}/en/products/${FISH_SAUCE}"`))
    const robots = await html("/robots.txt")
    expect(robots).toMatch(new RegExp(`Sitemap: ${SITE}/sitemap.xml`))
    expect(robots).toContain("Disallow: /thanh-toan")
  })
})

describe("accessibility (axe-core in Chromium)", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
  })

  async function seriousViolations(page: Page) {
    await page.addScriptTag({ content: axeSource })
    const result = await page.evaluate(async () => {
      const r = await (window as any).axe.run(document, { resultTypes: ["violations"] })
      return r.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n: any) => n.target.join(" ")).slice(0, 3),
      }))
    })
    return (result as { impact: string }[]).filter((v) => v.impact === "serious" || v.impact === "critical")
  }

  it("finds no serious or critical violation on the shop's pages", async () => {
    const context = await phoneContext(browser)
    const page = await context.newPage()
    const leGia = await fetch(`${stack.backendUrl}/store/ocop/producers?q=Lê Gia`, {
      headers: { "x-publishable-api-key": stack.publishableKey },
    })
      .then((r) => r.json())
      .then((b: any) => b.producers[0].handle as string)
    const pages = [
      "/",
      "/san-pham",
      "/san-pham?q=mat+ong&star=4",
      `/san-pham/${FISH_SAUCE}`,
      `/chu-the/${leGia}`,
      "/tai-khoan",
      "/thong-ke",
      "/en",
      `/en/products/${FISH_SAUCE}`,
    ]
    const found: Record<string, unknown> = {}
    for (const path of pages) {
      await page.goto(base + path)
      const v = await seriousViolations(page)
      if (v.length) found[path] = v
    }
    // the cart and the first checkout step, with something in the cart
    await page.goto(`${base}/san-pham/mam-tep-le-gia`)
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("status").filter({ hasText: "Đã thêm" }).waitFor()
    for (const path of ["/gio-hang", "/thanh-toan"]) {
      await page.goto(base + path)
      const v = await seriousViolations(page)
      if (v.length) found[path] = v
    }
    expect(found).toEqual({})
    await context.close()
  }, 180_000)
})
