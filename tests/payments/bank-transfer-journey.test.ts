/**
 * A shopper pays by bank transfer (VietQR), in Chromium at phone size. The QR on the confirmation
 * page is read back from a screenshot (jsQR) and must hold this order's amount and reference. The
 * bank's notification is then sent by the test, as the shop's bank-notification service would —
 * these machines reach no bank — signed with the shop's secret, through the real route and capture.
 */
import { readVietQr, signNotice } from "@ocop-market/medusa-payment-vietqr"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { adminToken } from "../support/admin"
import { cspViolations, launchBrowser, phoneContext, screenshotter } from "../support/browser"
import { apiCall } from "../support/http"
import { checkoutWithCashOnDelivery } from "../support/shop"

const stack = inject("stack")
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

/** The text of the QR code in a PNG picture, or null. */
function readQr(png: Buffer): string | null {
  const image = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null
}

describe("paying by bank transfer", () => {
  it("shows a QR with the order's amount and reference, and the order as paid once the bank says so", async () => {
    const shot = screenshotter("bank-transfer")
    const context = await phoneContext(browser)
    const page = await context.newPage()
    const base = stack.storefrontUrl

    await page.goto(`${base}/san-pham/mam-tom-le-gia`)
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ hàng" }).waitFor()
    const { orderId, number } = await checkoutWithCashOnDelivery(page, base, {
      name: "Lê Thị Thu",
      email: "thu.ck@example.vn",
      phone: "0915 222 333",
      commune: "Phường Hạc Thành",
      street: "21 Lê Hoàn",
      payWith: /Chuyển khoản ngân hàng \(VietQR\)/,
    })
    const panel = page.getByTestId("bank-transfer")
    await panel.waitFor()
    await shot(page, "confirmation")

    // the QR as a banking app's camera reads it: this shop's account, this order's total and reference
    const reference = (await page.getByTestId("transfer-reference").textContent())!.trim()
    expect(reference).toMatch(/^OCOP[A-Z]{8}$/)
    const payload = readQr(await page.getByTestId("transfer-qr").screenshot())
    expect(payload).not.toBeNull()
    const total = Number((await page.getByTestId("order-total").textContent())!.replace(/\D/g, ""))
    expect(readVietQr(payload!)).toEqual({
      bankBin: stack.vietQr.bankBin,
      accountNo: stack.vietQr.accountNo,
      amount: total,
      note: reference,
    })
    const text = await panel.textContent()
    expect(text).toContain("Vietcombank")
    expect(text).toContain(stack.vietQr.accountNo)
    expect(text).toContain(stack.vietQr.accountName)
    expect(text).toContain("Hạn chuyển khoản")

    // the money arrives: the bank-notification service's signed notice
    const notice = JSON.stringify({
      id: `${Date.now()}`,
      gateway: "Vietcombank",
      transactionDate: "2026-12-04 10:02:11",
      accountNumber: stack.vietQr.accountNo,
      transferType: "in",
      transferAmount: total,
      content: `MBVCB.5521.${reference}.CT tu 0915222333 LE THI THU`,
    })
    const received = await fetch(`${stack.backendUrl}/hooks/vietqr`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-signature": signNotice(stack.vietQr.webhookSecret, notice) },
      body: notice,
    })
    expect(received.status).toBe(200)

    await page.reload()
    const status = page.getByTestId("transfer-status")
    await status.waitFor()
    expect(await status.textContent()).toContain("Đã nhận được chuyển khoản")
    expect(await page.getByTestId("transfer-qr").count()).toBe(0)
    await shot(page, "paid")
    const admin = await apiCall(
      stack.backendUrl,
      "GET",
      `/admin/orders/${orderId}?fields=display_id,payment_status`,
      await adminToken(stack),
    )
    expect(admin.body.order).toMatchObject({ display_id: Number(number), payment_status: "captured" })
    expect(cspViolations()).toEqual([])
    await context.close()
  }, 180_000)
})
