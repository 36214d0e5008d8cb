/**
 * A shopper types a discount code in the cart, in Chromium at phone size: a wrong one is refused at
 * the field in Vietnamese, the right one shows its saving on the line and in the total, and it can
 * be taken off — also with JavaScript off (plain forms). The campaign and its product are made for
 * this file (admin API) and removed after.
 */
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { adminToken, throwawayProduct } from "../support/admin"
import { launchBrowser, phoneContext, screenshotter } from "../support/browser"
import { apiCall } from "../support/http"

const stack = inject("stack")
const stamp = Date.now().toString(36)
const CODE = `LIVESTREAM-${stamp.toUpperCase()}`
const NBSP = "\u00a0"
let browser: Browser
let admin = ""
let productId = ""
let handle = ""

beforeAll(async () => {
  browser = await launchBrowser()
  admin = await adminToken(stack)
  handle = `gio-qua-livestream-${stamp}`
  productId = (
    await throwawayProduct(stack, admin, { title: "Giỏ quà livestream", handle, pack: "Giỏ", price: 200000 })
  ).id
  const campaign = await apiCall(stack.backendUrl, "POST", "/admin/ocop/campaigns", admin, {
    handle: `livestream-${stamp}`,
    title_vi: "Livestream quà Tết",
    title_en: "New Year gifts livestream",
    kind: "livestream",
    starts_at: new Date(Date.now() - 3_600_000).toISOString(),
    ends_at: new Date(Date.now() + 48 * 3_600_000).toISOString(),
    discount: { type: "percentage", value: 15 },
    target: { product_ids: [productId] },
    code: { code: CODE },
  })
  expect(campaign.status, campaign.text).toBe(201)
})
afterAll(async () => {
  await browser?.close()
  if (productId) await apiCall(stack.backendUrl, "DELETE", `/admin/products/${productId}`, admin)
})

describe("a discount code in the cart", () => {
  it("is refused at the field when wrong, shows its saving when right, and comes off — with JavaScript off too", async () => {
    const shot = screenshotter("promo-code")
    const context = await phoneContext(browser)
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/san-pham/${handle}`)
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ hàng" }).waitFor()

    // the same cart in a browser that runs no JavaScript
    const plain = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
    await plain.addCookies(await context.cookies())
    const noJs = await plain.newPage()
    await noJs.goto(`${stack.storefrontUrl}/gio-hang`)
    await noJs.getByLabel("Mã giảm giá").fill("KHONG-CO-MA")
    await noJs.getByRole("button", { name: "Áp dụng" }).click()
    await noJs.locator("#promo-code-error").waitFor()
    expect(await noJs.locator("#promo-code-error").textContent()).toContain("Không có mã giảm giá này")
    await shot(noJs, "refused")

    await noJs.getByLabel("Mã giảm giá").fill(` ${CODE.toLowerCase()} `)
    await noJs.getByRole("button", { name: "Áp dụng" }).click()
    await noJs.getByTestId("line-saving").waitFor()
    expect(await noJs.getByTestId("line-saving").textContent()).toBe(`Tiết kiệm 30.000${NBSP}₫ (mã ${CODE})`)
    expect(await noJs.getByTestId("cart-summary").textContent()).toContain(`Giảm giá (${CODE})`)
    await shot(noJs, "applied")

    // the JavaScript page shows the same; the code comes off there
    await page.goto(`${stack.storefrontUrl}/gio-hang`)
    expect(await page.getByTestId("cart-total").textContent()).toBe(`170.000${NBSP}₫`)
    await page.getByRole("button", { name: `Bỏ mã ${CODE}` }).click()
    await expect.poll(() => page.getByTestId("cart-total").textContent(), { timeout: 10_000 }).toBe(`200.000${NBSP}₫`)
    expect(await page.getByTestId("line-saving").count()).toBe(0)
    await plain.close()
    await context.close()
  }, 180_000)
})
