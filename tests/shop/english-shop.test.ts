/**
 * The English shop in Chromium at phone size: a visitor searches "fish sauce", finds Lê Gia's fish
 * sauce among the results under its English name, opens it and reads its English name and
 * description with the Vietnamese name beside it; the page's og:image is a PNG share card, and the
 * drawing it shows until it has a photo is labelled in English. In the cart the line reads in
 * English, and in Vietnamese again on the Vietnamese cart page (Medusa's cart locale). A producer's
 * story translated in the dashboard shows on its English page, even one already cached.
 */
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { cspViolations, launchBrowser, phoneContext, screenshotter } from "../support/browser"
import { adminToken } from "../support/admin"
import { apiCall } from "../support/http"

const stack = inject("stack")
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
}, 180_000)
afterAll(async () => {
  await browser?.close()
})

describe("the English shop", () => {
  it("finds fish sauce by its English name and shows it in English, the Vietnamese name beside", async () => {
    const shot = screenshotter("english-shop")
    const context = await phoneContext(browser)
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/en`)
    const box = page.getByRole("combobox", { name: "Search products" })
    await box.fill("fish sauce")
    await Promise.all([page.waitForURL(/\/en\/products\?q=fish/), box.press("Enter")])
    const card = page.getByRole("link", { name: /Lê Gia fish sauce — special first press, 40°N/ })
    await card.waitFor()
    await shot(page, "search-fish-sauce")
    await card.click()
    await page.waitForURL(/\/en\/products\/nuoc-mam-le-gia-cot-dac-biet-40n$/)
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Lê Gia fish sauce — special first press, 40°N",
    )
    expect(await page.getByTestId("vietnamese-name").textContent()).toBe("Nước mắm Lê Gia – Cốt đặc biệt 40N")
    expect(await page.getByText(/^First-press anchovy fish sauce/).isVisible()).toBe(true)
    await shot(page, "product-en")
    const image = await page.locator('meta[property="og:image"]').first().getAttribute("content")
    const card_ = await fetch(new URL(new URL(image!).pathname + new URL(image!).search, stack.storefrontUrl))
    expect(card_.status).toBe(200)
    expect(card_.headers.get("content-type")).toBe("image/png")
    expect(await page.locator("main img").first().getAttribute("src")).toMatch(/\/images\/groups\/en\/food\.svg$/)

    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByRole("status").filter({ hasText: "Added to your cart." }).waitFor()
    await page.goto(`${stack.storefrontUrl}/en/cart`)
    const line = page.getByTestId("cart-line").first()
    expect(await line.textContent()).toContain("Lê Gia fish sauce — special first press, 40°N")
    expect(await line.textContent()).toMatch(/Bottle, 500 ml|Case of 6 bottles, 500 ml/)
    expect(await line.locator("img").getAttribute("src")).toMatch(/\/images\/groups\/en\/food\.svg$/)
    await shot(page, "cart-en")
    await page.goto(`${stack.storefrontUrl}/gio-hang`)
    expect(await line.textContent()).toContain("Nước mắm Lê Gia – Cốt đặc biệt 40N")
    expect(await line.textContent()).toMatch(/Chai 500 ml|Thùng 6 chai 500 ml/)
    await shot(page, "cart-vi")
    expect(cspViolations()).toEqual([])
    await context.close()
  }, 120_000)

  it("tells a producer's story in English once translated, the cached English page too", async () => {
    const admin = await adminToken(stack)
    const vi = "Tổ hợp tác làm chiếu cói bằng tay ở ven biển Nga Sơn."
    const made = await apiCall(stack.backendUrl, "POST", "/admin/ocop/producers", admin, {
      name: `Tổ hợp tác Chiếu cói Thử ${Date.now().toString(36)}`,
      legal_type: "cooperative_group",
      description: vi,
    })
    expect(made.status, made.text).toBe(201)
    const { id, handle } = made.body.producer as { id: string; handle: string }
    const page = async (path: string) =>
      (await (await fetch(stack.storefrontUrl + path)).text()).replaceAll("<!-- -->", "")
    // the English page before any translation: the Vietnamese story, now cached
    expect(await page(`/en/producers/${handle}`)).toContain(vi)
    const en = "A cooperative group weaving sedge mats by hand on the Nga Sơn coast."
    const translated = await apiCall(stack.backendUrl, "POST", "/admin/translations/batch", admin, {
      create: [{ reference_id: id, reference: "producer", locale_code: "en-US", translations: { description: en } }],
    })
    expect(translated.status, translated.text).toBe(200)
    await expect.poll(() => page(`/en/producers/${handle}`), { timeout: 5_000, interval: 200 }).toContain(en)
    expect(await page(`/chu-the/${handle}`)).toContain(vi)
  })
})
