/**
 * An order's page shows the buyer's name, phone and address to the browser that placed the order.
 * Its link opened in another browser (passed on, or seen over a shoulder) shows a lookup instead:
 * the order number with the phone or e-mail used opens it there too, with that contact and the
 * buyer's initials, not the name, the other contact or the street. The thanks are for the visit
 * after placing it: an order opened days later is "Đơn hàng của bạn".
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { cspViolations, launchBrowser, phoneContext, screenshotter } from "../support/browser"
import { checkoutWithCashOnDelivery } from "../support/shop"
import { sql } from "../support/db"

const stack = inject("stack")
const shot = screenshotter("order-privacy")
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

describe("an order's page in another browser", () => {
  it("asks for the order number and phone before it shows anything personal", async () => {
    const buyer = await (await phoneContext(browser)).newPage()
    await buyer.goto(`${stack.storefrontUrl}/san-pham/nuoc-mam-le-gia-cot-dac-biet-40n`)
    await buyer.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await buyer.getByRole("status").filter({ hasText: "Đã thêm vào giỏ hàng" }).waitFor()
    const who = {
      name: "Lò Thị Riêng",
      email: "rieng@example.vn",
      phone: "0977 123 456",
      commune: "Phường Hạc Thành",
      street: "5 Lê Hoàn",
    }
    const { number } = await checkoutWithCashOnDelivery(buyer, stack.storefrontUrl, who)
    expect(await buyer.locator("main").textContent()).toContain("Lò Thị Riêng")
    expect(await buyer.getByRole("heading", { level: 1 }).textContent()).toBe("Cảm ơn bạn đã đặt hàng!")
    const link = buyer.url()
    // opened two days later
    const orderId = new URL(link).pathname.split("/").pop()!
    await sql(stack.databaseUrl, `update "order" set created_at = now() - interval '2 days' where id = $1`, [orderId])

    const stranger = await (await phoneContext(browser)).newPage()
    await stranger.goto(link)
    expect(await stranger.getByRole("heading", { level: 1 }).textContent()).toBe("Tra cứu đơn hàng")
    const shown = await stranger.locator("main").textContent()
    for (const personal of ["Lò Thị Riêng", "0977", "rieng@example.vn", "Lê Hoàn"])
      expect(shown).not.toContain(personal)
    await shot(stranger, "lookup")

    await stranger.getByLabel("Mã đơn hàng").fill(number)
    await stranger.getByLabel("Email hoặc số điện thoại").fill("0999 999 999")
    await stranger.getByRole("button", { name: "Xem đơn hàng" }).click()
    await stranger.getByText("Không tìm thấy đơn hàng với mã và email/số điện thoại này.").waitFor()

    await stranger.getByLabel("Email hoặc số điện thoại").fill("0977123456")
    await stranger.getByRole("button", { name: "Xem đơn hàng" }).click()
    await stranger.getByTestId("order-number").waitFor()
    expect(await stranger.getByTestId("order-number").textContent()).toContain(`#${number}`)
    expect(await stranger.getByRole("heading", { level: 1 }).textContent()).toBe("Đơn hàng của bạn")
    expect(await stranger.locator("main").textContent()).not.toContain("Chúng tôi sẽ gọi điện")
    // the phone typed, and of the rest only what recognises the order: initials, the commune
    const found = (await stranger.locator("main").textContent())!
    expect(found).toContain("L• T• R• · 0977 123 456 · r•••@example.vn")
    expect(found).toContain("Phường Hạc Thành")
    for (const personal of ["Lò Thị Riêng", "rieng@example.vn", "Lê Hoàn"]) expect(found).not.toContain(personal)
    await shot(stranger, "found")
    expect(cspViolations()).toEqual([])
  })
})
