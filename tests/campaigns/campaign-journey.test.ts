/**
 * A campaign from the province's dashboard to a consumer's order, in Chromium: the admin creates
 * a campaign for Lê Gia's products in the admin dashboard; its page in the shop shows the
 * discounted prices; a consumer buys at the campaign price; once the campaign ends the product
 * costs its full price again; the campaign's results count the order.
 */
import Medusa from "@medusajs/js-sdk"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { cspViolations, dashboardPage, launchBrowser, phoneContext, screenshotter } from "../support/browser"
import { sql as sqlOn } from "../support/db"
import { checkoutWithCashOnDelivery } from "../support/shop"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const NBSP = "\u00a0"
const vnd = (s: string) => s.replace(" ", NBSP)
const FISH_SAUCE = "nuoc-mam-le-gia-cot-dac-biet-40n"
/** "2026-11-28T10:00" in Vietnam time, as a datetime-local input takes it. */
const vietnamLocal = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 16)

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
}, 180_000)
afterAll(async () => {
  await browser?.close()
})

describe("a campaign for Lê Gia's products", () => {
  it("is created in the dashboard, sells at its price, ends, and counts the order", async () => {
    const shot = screenshotter("campaign")
    const [leGia] = await sql<{ id: string }>(`select id from producer where name like '%Lê Gia'`)

    // The province's admin, in the dashboard.
    const admin = await dashboardPage(browser, stack)
    await admin.goto(`${stack.backendUrl}/app/ocop-campaigns`)
    await admin.getByLabel("Tên (tiếng Việt)").fill("Tuần lễ đặc sản Lê Gia")
    await admin.getByLabel("Tên (tiếng Anh)").fill("Lê Gia specialities week")
    await admin.getByLabel("Đường dẫn (handle)").fill("tuan-le-dac-san-le-gia")
    await admin.getByLabel("Bắt đầu (giờ Việt Nam)").fill(vietnamLocal(Date.now() - 3600_000))
    await admin.getByLabel("Kết thúc (giờ Việt Nam)").fill(vietnamLocal(Date.now() + 3 * 24 * 3600_000))
    await admin.getByLabel("Mức giảm").fill("20")
    await admin.getByLabel("Mã chủ thể (cách nhau bởi dấu phẩy)").fill(leGia!.id)
    await admin
      .getByLabel("Câu chuyện (tiếng Việt)")
      .fill("Nước mắm, mắm tôm, mắm tép của làng nghề Khúc Phụ giảm 20% trong ba ngày.")
    await admin.getByRole("button", { name: "Tạo chiến dịch" }).click()
    await admin.getByRole("cell", { name: "Tuần lễ đặc sản Lê Gia" }).waitFor()
    await shot(admin, "admin-created")

    // The shop: the campaign page with the discounted prices, the original struck through.
    const context = await phoneContext(browser)
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/chien-dich/tuan-le-dac-san-le-gia`)
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tuần lễ đặc sản Lê Gia")
    expect(await page.getByRole("timer").isVisible()).toBe(true)
    const card = page
      .getByTestId("campaign-products")
      .locator("li")
      .filter({ hasText: "Nước mắm Lê Gia – Cốt đặc biệt 40N" })
    expect(await card.locator("del").textContent()).toBe(vnd("125.000 ₫"))
    expect(await card.textContent()).toContain(vnd("100.000 ₫"))
    expect(await page.getByTestId("campaign-products").locator("li").count()).toBe(3)
    await shot(page, "campaign-page")

    // The catalogue offers the campaign as a filter.
    await page.getByRole("link", { name: "Xem tất cả trong danh mục" }).click()
    await page.waitForURL(/\/san-pham\?campaign=tuan-le-dac-san-le-gia/)
    await expect
      .poll(async () => (await page.reload(), await page.getByRole("status").first().textContent()), {
        timeout: 20_000,
      })
      .toBe("3 sản phẩm")
    expect(await page.getByRole("link", { name: /Tuần lễ đặc sản Lê Gia/ }).getAttribute("aria-current")).toBe("true")
    await page.goBack()

    // A consumer buys one bottle at the campaign price.
    await card.getByRole("link").click()
    await page.waitForURL(new RegExp(`/san-pham/${FISH_SAUCE}$`))
    expect(await page.getByTestId("product-campaign").textContent()).toContain("Giảm 20%")
    await page.getByLabel(/Chai 500 ml/).check()
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ hàng" }).waitFor()
    await page.goto(`${stack.storefrontUrl}/gio-hang`)
    expect(await page.getByTestId("cart-summary").textContent()).toContain(`Giảm giá−${vnd("25.000 ₫")}`)
    expect(await page.getByTestId("cart-total").textContent()).toBe(vnd("100.000 ₫"))
    await shot(page, "cart-discount")
    const { orderId } = await checkoutWithCashOnDelivery(page, stack.storefrontUrl)
    expect(await page.getByTestId("order-total").textContent()).toBe(vnd("130.000 ₫")) // 100.000 ₫ + 30.000 ₫ shipping

    // The campaign ends: full price again, and the page says it has ended.
    const [row] = await sql<{ campaign_id: string }>(
      `select c.id as campaign_id from promotion_campaign c where c.campaign_identifier = 'tuan-le-dac-san-le-gia'`,
    )
    const api = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    await api.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
    await api.admin.campaign.update(row!.campaign_id, { ends_at: new Date(Date.now() - 1000) })
    // the backend tells the storefront's cache at once; the page follows within a second or two
    const campaignShown = async () => {
      await page.goto(`${stack.storefrontUrl}/san-pham/${FISH_SAUCE}`)
      return page.getByTestId("product-campaign").count()
    }
    await expect.poll(campaignShown, { timeout: 10_000 }).toBe(0)
    await page.getByLabel(/Chai 500 ml/).check()
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ hàng" }).waitFor()
    await page.goto(`${stack.storefrontUrl}/gio-hang`)
    expect(await page.getByTestId("cart-total").textContent()).toBe(vnd("125.000 ₫"))
    await page.goto(`${stack.storefrontUrl}/chien-dich/tuan-le-dac-san-le-gia`)
    expect(await page.getByText("Chương trình đã kết thúc: giá đã trở về giá gốc.").isVisible()).toBe(true)
    await shot(page, "campaign-ended")
    await context.close()

    // The results count that order.
    await admin.goto(`${stack.backendUrl}/app/ocop-campaigns`)
    await admin
      .getByRole("row")
      .filter({ hasText: "Tuần lễ đặc sản Lê Gia" })
      .getByRole("button", { name: "Kết quả" })
      .click()
    const summary = admin.getByText(/1 đơn · 1 sản phẩm/)
    await summary.waitFor()
    // the dashboard formats VND as the shop does (a no-break space before ₫)
    expect(await summary.textContent()).toContain(
      `doanh thu ${vnd("125.000 ₫")} trước giảm, ${vnd("100.000 ₫")} sau giảm · 1 người mua`,
    )
    await shot(admin, "admin-results")
    const [order] = await sql<{ total: string }>(
      `select (s.totals->>'current_order_total') as total from order_summary s where s.order_id = $1`,
      [orderId],
    )
    expect(Number(order!.total)).toBe(130000)
    await admin.context().close()
  }, 240_000)
})

it("met no Content-Security-Policy refusal on any page above", () => {
  expect(cspViolations()).toEqual([])
})
