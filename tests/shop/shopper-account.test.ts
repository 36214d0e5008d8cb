/**
 * The shopper's side, whole, in Chromium at phone size: a shopper registers, saves two addresses and
 * makes the second the default, orders with a campaign's discount code (the saving shown) from the
 * default address, changes the password, logs in again, and opens the order: paid on delivery, then
 * shipped with the carrier and tracking number once the producer ships it in the portal. Last, an
 * order the same person placed as a guest with that e-mail is claimed, through the mailed link.
 * The product and campaign are made for this file (admin API) and removed after.
 */
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { buyWithCashOnDelivery } from "../../scripts/lib/buyer"
import { adminToken, throwawayProduct } from "../support/admin"
import { launchBrowser, phoneContext, screenshotter } from "../support/browser"
import { latestMail } from "../support/customer"
import { sql as sqlOn } from "../support/db"
import { apiCall } from "../support/http"
import { producerAccount } from "../support/producer"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const stamp = Date.now().toString(36)
const CODE = `HOICHO-${stamp.toUpperCase()}`
const NBSP = "\u00a0"
const vnd = (s: string) => s.replace(" ", NBSP)
const email = `lan.${stamp}@example.vn`
const staffEmail = `giao.hang.${stamp}@vibabo.vn`
let browser: Browser
let admin = ""
let productId = ""
let handle = ""
let guestOrder = ""

beforeAll(async () => {
  browser = await launchBrowser()
  admin = await adminToken(stack)
  const [producer] = await sql<{ id: string }>(`select id from producer where name like '%ViBaBo%'`)
  handle = `gio-qua-hoi-cho-${stamp}`
  const made = await throwawayProduct(stack, admin, {
    title: "Giỏ quà hội chợ",
    handle,
    pack: "Giỏ",
    price: 200000,
    producerId: producer!.id,
  })
  productId = made.id
  const campaign = await apiCall(stack.backendUrl, "POST", "/admin/ocop/campaigns", admin, {
    handle: `hoi-cho-${stamp}`,
    title_vi: "Hội chợ OCOP Thanh Hóa",
    title_en: "Thanh Hóa OCOP fair",
    kind: "fair",
    starts_at: new Date(Date.now() - 3_600_000).toISOString(),
    ends_at: new Date(Date.now() + 48 * 3_600_000).toISOString(),
    discount: { type: "percentage", value: 10 },
    target: { product_ids: [productId] },
    code: { code: CODE },
  })
  expect(campaign.status, campaign.text).toBe(201)
  await producerAccount(stack.backendUrl, admin, producer!.id, staffEmail, "mat-khau-giao-hang")
  // before the account: an order placed as a guest with the same e-mail
  guestOrder = await buyWithCashOnDelivery(stack, made.variantId, { email, street: "7 Lê Lai" })
}, 180_000)
afterAll(async () => {
  await browser?.close()
  if (productId) await apiCall(stack.backendUrl, "DELETE", `/admin/products/${productId}`, admin)
})

async function logIn(page: Page, password: string) {
  await page.goto(`${stack.storefrontUrl}/tai-khoan`)
  await page.locator("#login-email").fill(email)
  await page.locator("#login-password").fill(password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await page.getByRole("heading", { name: "Xin chào, Nguyễn Thị Lan" }).waitFor()
}

describe("the shopper's side", () => {
  it("registers, keeps addresses, orders with a code, changes the password, follows the shipment and claims a guest order", async () => {
    const shot = screenshotter("shopper-account")
    const base = stack.storefrontUrl
    const context = await phoneContext(browser)
    const page = await context.newPage()

    // register, and confirm from the mail
    await page.goto(`${base}/tai-khoan`)
    await page.getByLabel("Họ và tên", { exact: true }).fill("Nguyễn Thị Lan")
    await page.locator("#register-email").fill(email)
    await page.getByLabel("Số điện thoại", { exact: true }).fill("0912 888 777")
    await page.locator("#register-password").fill("mat-khau-cua-lan")
    await page.getByRole("button", { name: "Tạo tài khoản" }).click()
    await page.getByTestId("sign-up-sent").waitFor()
    const confirm = new URL((await latestMail(stack.databaseUrl, email, "customer-sign-up")).url)
    await page.goto(`${base}${confirm.pathname}${confirm.search}`)
    await page.locator("#confirm-password").fill("mat-khau-cua-lan")
    await page.getByRole("button", { name: "Xác nhận và đăng nhập" }).click()
    await page.getByRole("heading", { name: "Xin chào, Nguyễn Thị Lan" }).waitFor()

    // two addresses, the second the default
    for (const street of ["12 Hàng Đồng", "45 Phan Bội Châu"]) {
      await page.locator("#new-address-commune_code").selectOption({ label: "Phường Hạc Thành" })
      await page.locator("#new-address-street").fill(street)
      await page.getByRole("button", { name: "Lưu địa chỉ" }).last().click()
      await page.getByTestId("account-address").filter({ hasText: street }).waitFor()
    }
    const second = page.getByTestId("account-address").filter({ hasText: "45 Phan Bội Châu" })
    await second.getByRole("button", { name: "Đặt làm mặc định" }).click()
    await second.getByText("Mặc định", { exact: true }).waitFor()
    await shot(page, "addresses")

    // the order, with the fair's code: the saving on the line and in the total
    await page.goto(`${base}/san-pham/${handle}`)
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ hàng" }).waitFor()
    await page.goto(`${base}/gio-hang`)
    await page.getByLabel("Mã giảm giá").fill(CODE)
    await page.getByRole("button", { name: "Áp dụng" }).click()
    await page.getByTestId("line-saving").waitFor()
    expect(await page.getByTestId("line-saving").textContent()).toBe(`Tiết kiệm ${vnd("20.000 ₫")} (mã ${CODE})`)
    expect(await page.getByTestId("cart-total").textContent()).toBe(vnd("180.000 ₫"))
    await shot(page, "code-applied")

    await page.goto(`${base}/thanh-toan`)
    expect(await page.getByLabel("Email").inputValue()).toBe(email)
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await page.waitForURL(/step=address/)
    // checkout starts from the default address
    expect(await page.getByLabel("Số nhà, đường, thôn/xóm").inputValue()).toBe("45 Phan Bội Châu")
    expect(await page.getByLabel("Xã/Phường/Đặc khu").locator("option:checked").textContent()).toBe("Phường Hạc Thành")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await page.waitForURL(/step=shipping/)
    await page.getByLabel(/Giao hàng tiêu chuẩn/).check()
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await page.waitForURL(/step=payment/)
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await page.waitForURL(/step=review/)
    await page.getByRole("button", { name: "Đặt hàng" }).click()
    await page.waitForURL(/\/don-hang\/order_/)
    const orderUrl = new URL(page.url()).pathname
    const number = (await page.getByTestId("order-number").textContent())!.match(/#(\d+)/)![1]!

    // the password changed, then a login with the new one
    await page.goto(`${base}/tai-khoan`)
    await page.locator("#current-password").fill("mat-khau-cua-lan")
    await page.locator("#new-password").fill("mat-khau-moi-cua-lan")
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click()
    await page.getByText("Đã đổi mật khẩu").waitFor()
    await Promise.all([
      page.waitForURL((u) => u.pathname === "/"),
      page.getByRole("button", { name: "Đăng xuất" }).click(),
    ])
    await logIn(page, "mat-khau-moi-cua-lan")

    // the order from the account: lines, the code's saving, how it is paid, not shipped yet
    await page
      .getByTestId("account-orders")
      .getByRole("link", { name: `#${number}` })
      .click()
    await page.waitForURL((u) => u.pathname === orderUrl)
    const status = page.getByTestId("order-status")
    expect(await status.textContent()).toContain("Thanh toán khi nhận hàng (COD) · Chờ thanh toán")
    expect(await page.getByText(`−${vnd("20.000 ₫")}`).isVisible()).toBe(true)
    expect(await page.getByTestId("order-line").textContent()).toContain("Chưa gửi hàng")

    // the producer ships it in the portal, on another phone
    const producer = await phoneContext(browser)
    const portal = await producer.newPage()
    await portal.goto(`${base}/nha-san-xuat/dang-nhap`)
    await portal.getByLabel("Email").fill(staffEmail)
    await portal.getByLabel("Mật khẩu").fill("mat-khau-giao-hang")
    await portal.getByRole("button", { name: "Đăng nhập" }).click()
    await portal.waitForURL((u) => u.pathname === "/nha-san-xuat")
    const card = portal
      .getByTestId("portal-orders")
      .locator("li")
      .filter({ hasText: `#${number}` })
      .first()
    await card.getByLabel("Đơn vị vận chuyển").selectOption({ label: "Giao Hàng Nhanh (GHN)" })
    await card.getByLabel("Mã vận đơn").fill(`GHN${stamp.toUpperCase()}`)
    await card.getByRole("button", { name: "Đã gửi hàng" }).click()
    await card.getByText("Đã gửi hàng ✓").waitFor()
    await producer.close()

    await page.reload()
    const shipment = page.getByTestId("line-shipment")
    await shipment.waitFor()
    expect(await shipment.textContent()).toMatch(
      new RegExp(
        `^Đã gửi ngày \\d\\d/\\d\\d/\\d{4} qua Giao Hàng Nhanh \\(GHN\\) · mã vận đơn GHN${stamp.toUpperCase()}$`,
      ),
    )
    await shot(page, "order-shipped")

    // the guest order with this e-mail: asked for, confirmed from the mail, then in the account
    await page.goto(`${base}/tai-khoan`)
    const guest = page.getByTestId("guest-order")
    expect(await guest.count()).toBe(1)
    await guest.getByRole("button", { name: "Đưa vào tài khoản" }).click()
    await page.getByText("Đã gửi thư xác nhận").waitFor()
    await shot(page, "claim-sent")
    const claim = new URL((await latestMail(stack.databaseUrl, email, "order-claim")).url)
    expect(claim.searchParams.get("order")).toBe(guestOrder)
    await page.goto(`${base}${claim.pathname}${claim.search}`)
    await page.getByRole("heading", { name: "Đưa đơn hàng vào tài khoản" }).waitFor()
    const [claimed] = await sql<{ display_id: number }>(`select display_id from "order" where id = $1`, [guestOrder])
    expect(await page.getByText(`Mã đơn hàng: #${claimed!.display_id}`).isVisible()).toBe(true)
    await shot(page, "claim-confirm")
    await page.getByRole("button", { name: "Xác nhận" }).click()
    await page.waitForURL((u) => u.pathname === `/don-hang/${guestOrder}`)
    expect(await page.getByText("7 Lê Lai").isVisible()).toBe(true)
    await page.goto(`${base}/tai-khoan`)
    const orders = await page.getByTestId("account-orders").textContent()
    expect(orders).toContain(`#${number}`)
    expect(orders).toContain(`#${claimed!.display_id}`)
    expect(await page.getByTestId("guest-order").count()).toBe(0)
    await shot(page, "claimed")
    await context.close()
  }, 300_000)
})
