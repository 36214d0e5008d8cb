/**
 * A shopper pays with VNPay, in Chromium at phone size, against the LOCAL STAND-IN of VNPay's
 * servers (tests/support/vnpay-standin.ts; these machines cannot reach VNPay). The stand-in's
 * payment page plays the shopper paying, calls the shop's IPN as VNPay does and sends the browser
 * back; the shop's return page only shows the result, which the IPN made.
 */
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { adminToken } from "../support/admin"
import { cspViolations, launchBrowser, phoneContext, screenshotter } from "../support/browser"
import { apiCall } from "../support/http"

const stack = inject("stack")
// the address the backend gives VNPay as the return URL (STOREFRONT_URL): the browser's cookies are there
const base = stack.storefrontUrl.replace("127.0.0.1", "localhost")
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

async function toReview(page: import("playwright-core").Page) {
  await page.goto(`${base}/san-pham/mam-tom-le-gia`)
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ hàng" }).waitFor()
  await page.goto(`${base}/thanh-toan`)
  await page.getByLabel("Họ và tên").fill("Đỗ Văn Nam")
  await page.getByLabel("Email").fill("nam.vnpay@example.vn")
  await page.getByLabel("Số điện thoại").fill("0916 444 555")
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await page.waitForURL(/step=address/)
  await page.getByLabel("Xã/Phường/Đặc khu").selectOption({ label: "Phường Hạc Thành" })
  await page.getByLabel("Số nhà, đường, thôn/xóm").fill("7 Lê Lai")
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await page.waitForURL(/step=shipping/)
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await page.waitForURL(/step=payment/)
  await page.getByLabel(/VNPay \(thẻ ATM/).check()
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await page.waitForURL(/step=review/)
}

describe("paying with VNPay", () => {
  it("goes to VNPay and back to the order, which VNPay's IPN paid", async () => {
    const shot = screenshotter("vnpay")
    const context = await phoneContext(browser)
    const page = await context.newPage()
    await toReview(page)
    expect(await page.getByText("Bạn sẽ được chuyển sang trang của VNPay").isVisible()).toBe(true)
    await shot(page, "review")
    await page.getByRole("button", { name: "Thanh toán qua VNPay" }).click()
    await page.waitForURL(/\/don-hang\/order_/, { timeout: 30_000 })
    const number = (await page.getByTestId("order-number").textContent())!.match(/#(\d+)/)![1]
    await shot(page, "order")
    const orderId = page.url().split("/").pop()!
    const admin = await apiCall(
      stack.backendUrl,
      "GET",
      `/admin/orders/${orderId}?fields=display_id,payment_status`,
      await adminToken(stack),
    )
    expect(admin.body.order).toMatchObject({ display_id: Number(number), payment_status: "captured" })
    await context.close()
  }, 180_000)

  it("comes back to the payment step, saying so, when the shopper gives up on VNPay's page", async () => {
    const context = await phoneContext(browser)
    const page = await context.newPage()
    await toReview(page)
    await fetch(`${stack.vnpay.standinUrl}/_standin/next?outcome=failed`)
    await page.getByRole("button", { name: "Thanh toán qua VNPay" }).click()
    await page.waitForURL(/step=payment.*vnpay=failed/, { timeout: 30_000 })
    expect(await page.getByRole("alert").filter({ hasText: "Thanh toán VNPay chưa thành công" }).count()).toBe(1)
    // the cart is still there to pay another way
    await expect.poll(() => page.getByTestId("cart-link").textContent(), { timeout: 10_000 }).toBe("Giỏ hàng (1)")
    await context.close()
    expect(cspViolations()).toEqual([])
  }, 180_000)
})
