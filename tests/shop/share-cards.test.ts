/**
 * Share cards (storefront/src/app/api/share-card): the picture Zalo and Facebook show for a shared
 * product, producer or campaign page — a 1200 × 630 PNG drawn on the server with a font from npm,
 * named in each page's og:image; and the share buttons (Facebook's plain share address, no script).
 * The cards are kept in test-results/screenshots/share-cards/ to look at. The Vietnamese home page,
 * in Chromium, puts the running campaign first with its countdown, then the featured sections.
 */
import fs from "node:fs"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { adminToken, throwawayProduct } from "../support/admin"
import { apiCall } from "../support/http"
import { cspViolations, launchBrowser, phoneContext, screenshotter } from "../support/browser"

const stack = inject("stack")
const stamp = Date.now().toString(36)
const FISH_SAUCE = "nuoc-mam-le-gia-cot-dac-biet-40n"
const out = path.join("test-results", "screenshots", "share-cards")
let admin = ""
let campaignId = ""
let targetId = ""
let producerHandle = ""

/** Width and height from a PNG's header, or null when it is not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  if (!bytes.subarray(0, 8).equals(signature) || bytes.subarray(12, 16).toString("ascii") !== "IHDR") return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

async function card(kind: string, handle: string, lang = "vi") {
  const res = await fetch(`${stack.storefrontUrl}/api/share-card/${kind}/${encodeURIComponent(handle)}?lang=${lang}`)
  const bytes = Buffer.from(await res.arrayBuffer())
  return { status: res.status, type: res.headers.get("content-type"), bytes }
}

/** The og:image addresses of a page. */
async function ogImages(pagePath: string): Promise<string[]> {
  const html = await (await fetch(stack.storefrontUrl + pagePath)).text()
  return [...html.matchAll(/<meta property="og:image" content="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"))
}

beforeAll(async () => {
  admin = await adminToken(stack)
  fs.mkdirSync(out, { recursive: true })
  const products = await fetch(`${stack.backendUrl}/store/products?handle=${FISH_SAUCE}&fields=id,+producer.handle`, {
    headers: { "x-publishable-api-key": stack.publishableKey },
  }).then((r) => r.json() as Promise<{ products: { id: string; producer: { handle: string } }[] }>)
  producerHandle = products.products[0]!.producer.handle
  // the campaign's own product, so no other file's prices change meanwhile
  targetId = (
    await throwawayProduct(stack, admin, {
      title: "Nem chua phiên chợ",
      handle: `nem-chua-phien-cho-${stamp}`,
      pack: "Chục",
      price: 60000,
    })
  ).id
  const made = await apiCall(stack.backendUrl, "POST", "/admin/ocop/campaigns", admin, {
    handle: `phien-cho-${stamp}`,
    title_vi: "Phiên chợ OCOP Hoằng Hóa",
    title_en: "Hoằng Hóa OCOP market day",
    kind: "fair",
    place: "Quảng trường Lam Sơn, Thanh Hóa",
    starts_at: new Date(Date.now() - 3_600_000).toISOString(),
    ends_at: new Date(Date.now() + 72 * 3_600_000).toISOString(),
    discount: { type: "percentage", value: 15 },
    target: { product_ids: [targetId] },
  })
  expect(made.status, made.text).toBe(201)
  campaignId = made.body.campaign.id
}, 120_000)
afterAll(async () => {
  if (campaignId)
    await apiCall(stack.backendUrl, "POST", `/admin/campaigns/${campaignId}`, admin, {
      ends_at: new Date(Date.now() - 1000).toISOString(),
    })
  if (targetId) await apiCall(stack.backendUrl, "DELETE", `/admin/products/${targetId}`, admin)
})

describe("share cards", () => {
  it("draws a 1200 × 630 PNG for a product, a producer and a campaign, in both languages", async () => {
    for (const [kind, handle] of [
      ["product", FISH_SAUCE],
      ["producer", producerHandle],
      ["campaign", `phien-cho-${stamp}`],
    ] as const) {
      for (const lang of ["vi", "en"]) {
        const drawn = await card(kind, handle, lang)
        expect(drawn.status, `${kind} ${lang}`).toBe(200)
        expect(drawn.type).toBe("image/png")
        expect(pngSize(drawn.bytes)).toEqual({ width: 1200, height: 630 })
        // a card with text on it, not a blank picture
        expect(drawn.bytes.length).toBeGreaterThan(15_000)
        fs.writeFileSync(path.join(out, `${kind}-${lang}.png`), drawn.bytes)
      }
    }
  })

  it("puts a running campaign first on the Vietnamese home page, with its countdown, then the featured sections", async () => {
    // the home page shows the first running campaign; other files may run one of their own meanwhile
    const shot = screenshotter("home-page")
    const browser = await launchBrowser()
    try {
      const context = await phoneContext(browser)
      const page = await context.newPage()
      const campaign = page.getByTestId("home-campaign")
      await expect
        .poll(
          async () => {
            await page.goto(`${stack.storefrontUrl}/`)
            return campaign.textContent()
          },
          { timeout: 15_000, interval: 500 },
        )
        .toContain("Đang diễn ra")
      expect(await campaign.textContent()).toMatch(/Giảm \d+/)
      expect(await campaign.textContent()).not.toContain("Hiện không có chương trình khuyến mãi nào")
      const timer = campaign.getByRole("timer", { name: "Kết thúc sau" })
      expect(await timer.isVisible()).toBe(true)
      // the countdown runs in the browser
      const before = await timer.textContent()
      await expect.poll(() => timer.textContent(), { timeout: 5_000 }).not.toBe(before)
      // the campaign comes before the featured products, the producers and the ways in
      const top = async (id: string) => (await page.getByTestId(id).boundingBox())!.y
      const featured = page.getByRole("heading", { name: "Sản phẩm nổi bật: 4 sao và đề nghị 5 sao" })
      expect(await featured.isVisible()).toBe(true)
      expect(await page.getByTestId("home-featured").locator("li").count()).toBeGreaterThan(0)
      expect(await top("home-campaign")).toBeLessThan(await top("home-featured"))
      expect(await page.getByTestId("home-producers").locator("li").count()).toBeGreaterThan(0)
      expect(await page.getByTestId("home-ways-in").getByRole("link").count()).toBeGreaterThan(3)
      expect(await page.getByRole("heading", { name: "Sao OCOP nghĩa là gì?" }).isVisible()).toBe(true)
      await shot(page, "vi-campaign-running")
      expect(cspViolations()).toEqual([])
      await context.close()
    } finally {
      await browser.close()
    }
  }, 90_000)

  it("answers 404 for a product that does not exist and a kind of card there is none of", async () => {
    expect((await card("product", "khong-co-san-pham-nay")).status).toBe(404)
    expect((await card("order", FISH_SAUCE)).status).toBe(404)
  })

  it("is each page's og:image, and the page offers Zalo, Facebook and the link", async () => {
    const product = await ogImages(`/san-pham/${FISH_SAUCE}`)
    // absolute, on the shop's public address (STOREFRONT_URL)
    expect(product[0]).toMatch(new RegExp(`^https?://[^/]+/api/share-card/product/${FISH_SAUCE}\\?lang=vi$`))
    expect((await ogImages(`/en/products/${FISH_SAUCE}`))[0]).toMatch(/\/api\/share-card\/product\/.+\?lang=en$/)
    expect((await ogImages(`/chu-the/${producerHandle}`))[0]).toMatch(/\/api\/share-card\/producer\//)
    expect((await ogImages(`/chien-dich/phien-cho-${stamp}`))[0]).toMatch(/\/api\/share-card\/campaign\//)
    const html = await (await fetch(`${stack.storefrontUrl}/san-pham/${FISH_SAUCE}`)).text()
    const share = html.match(/href="https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=([^"]+)"/)
    expect(decodeURIComponent(share![1]!)).toMatch(new RegExp(`^https?://[^/]+/san-pham/${FISH_SAUCE}$`))
    expect(html).toContain("Sao chép liên kết")
    expect(html).not.toMatch(/<script[^>]+(facebook|zalo)/i)
  })
})
