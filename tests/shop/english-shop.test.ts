/**
 * The English shop in Chromium at phone size: a visitor searches "fish sauce", finds Lê Gia's fish
 * sauce among the results under its English name, opens it and reads its English name and
 * description with the Vietnamese name beside it; the page's og:image is a PNG share card.
 */
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { cspViolations, launchBrowser, phoneContext, screenshotter } from "../support/browser"

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
    expect(cspViolations()).toEqual([])
    await context.close()
  }, 120_000)
})
