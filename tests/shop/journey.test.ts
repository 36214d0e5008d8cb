/**
 * The consumer's journey in a real Chromium on a phone-sized screen, against the production builds
 * of the storefront and the backend (tests/support/global-setup.ts). Screenshots of every step are
 * kept in test-results/screenshots/.
 */
import Medusa from "@medusajs/js-sdk"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { cspViolations, launchBrowser, phoneContext, screenshotter } from "../support/browser"
import { latestMail } from "../support/customer"
import { sql as sqlOn } from "../support/db"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const NBSP = "\u00a0"
const vnd = (s: string) => s.replace(" ", NBSP) // "280.000 ₫" as the page prints it

let browser: Browser
let admin: Medusa

beforeAll(async () => {
  browser = await launchBrowser()
  admin = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
}, 180_000)

// products made for a test are removed even when the test fails, so other files still count 69
const throwaway: string[] = []
afterAll(async () => {
  await browser?.close()
  for (const id of throwaway) await admin.admin.product.delete(id).catch(() => undefined)
})

async function ordersCount(): Promise<number> {
  const [row] = await sql<{ n: string }>(`select count(*) as n from "order"`)
  return Number(row!.n)
}

/** A product made for one test, so deleting it leaves the sample catalogue as it is. */
async function createThrowawayProduct(title: string, handle: string) {
  const [channel] = await sql<{ id: string }>(`select id from sales_channel where name = 'OCOP Market'`)
  const [profile] = await sql<{ id: string }>(`select id from shipping_profile limit 1`)
  const { product } = await admin.admin.product.create({
    title,
    handle,
    status: "published",
    shipping_profile_id: profile!.id,
    sales_channels: [{ id: channel!.id }],
    options: [{ title: "Quy cách", values: ["Gói"] }],
    variants: [
      {
        title: "Gói",
        options: { "Quy cách": "Gói" },
        manage_inventory: false,
        prices: [{ currency_code: "vnd", amount: 10000 }],
      },
    ],
  })
  throwaway.push(product.id)
  return product
}

async function fill(page: Page, label: string | RegExp, value: string) {
  await page.getByLabel(label, { exact: typeof label === "string" }).fill(value)
}

describe("a guest buys Lê Gia's fish sauce with cash on delivery", () => {
  it("searches without diacritics, adds two bottles, checks out with a Thanh Hóa address and sees the order", async () => {
    const shot = screenshotter("guest-checkout")
    const context = await phoneContext(browser)
    const page = await context.newPage()
    const base = stack.storefrontUrl

    // An old cart line whose product is deleted before checkout.
    const doomed = await createThrowawayProduct("Bánh thử nghiệm sẽ ngừng bán", `banh-thu-nghiem-${Date.now()}`)
    await page.goto(`${base}/san-pham/${doomed.handle}`)
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await expect.poll(() => page.getByTestId("cart-link").textContent(), { timeout: 10_000 }).toBe("Giỏ hàng (1)")

    // Home → search "nuoc mam" → Lê Gia's fish sauce.
    await page.goto(base)
    await shot(page, "home")
    const search = page.getByRole("combobox")
    await search.fill("nuoc mam")
    await search.press("Enter")
    await page.waitForURL(/\/san-pham\?q=nuoc/)
    await shot(page, "search-results")
    await page
      .getByRole("link", { name: /Nước mắm Lê Gia – Cốt đặc biệt 40N/ })
      .first()
      .click()
    await page.waitForURL(/\/san-pham\/nuoc-mam-le-gia-cot-dac-biet-40n$/)
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Nước mắm Lê Gia – Cốt đặc biệt 40N")
    await page.getByLabel(/Chai 500 ml/).check()
    await fill(page, "Số lượng", "2")
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ hàng" }).waitFor()
    await expect.poll(() => page.getByTestId("cart-link").textContent(), { timeout: 10_000 }).toBe("Giỏ hàng (3)")
    await shot(page, "product-added")

    // The throwaway product stops being sold; the cart says so and keeps the rest.
    await admin.admin.product.delete(doomed.id)
    // The header's cart opens as a drawer with the lines; from there, the cart page.
    await page.getByTestId("cart-link").click()
    const drawer = page.getByTestId("cart-drawer")
    await drawer.getByRole("link", { name: "Xem giỏ hàng" }).waitFor()
    expect(await drawer.textContent()).toContain(`Nước mắm Lê Gia – Cốt đặc biệt 40N × 2${vnd("250.000 ₫")}`)
    await drawer.getByRole("link", { name: "Xem giỏ hàng" }).click()
    await page.waitForURL(/\/gio-hang$/)
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Bánh thử nghiệm sẽ ngừng bán")
    expect(await page.getByTestId("cart-line").count()).toBe(1)
    expect(await page.getByTestId("cart-total").textContent()).toBe(vnd("250.000 ₫"))
    await shot(page, "cart")
    await page.getByRole("link", { name: "Thanh toán", exact: true }).click()
    await page.waitForURL(/\/thanh-toan/)

    // Contact, first with mistakes: each is named at its field and nothing moves on.
    const before = await ordersCount()
    await fill(page, "Họ và tên", "Nguyễn Thị Lan")
    await fill(page, "Email", "lan@")
    await fill(page, "Số điện thoại", "12345")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await page.locator("#email-error").waitFor()
    expect(await page.locator("#email-error").textContent()).toContain("Email không hợp lệ")
    expect(await page.locator("#phone-error").textContent()).toContain("Số điện thoại không hợp lệ")
    expect(await page.getByLabel("Email").getAttribute("aria-invalid")).toBe("true")
    expect(await page.getByLabel("Email").inputValue()).toBe("lan@") // what was typed is kept
    await shot(page, "contact-errors")
    await fill(page, "Email", "lan.nguyen@example.vn")
    await fill(page, "Số điện thoại", "0912 345 678")
    await page.getByRole("button", { name: "Tiếp tục" }).click()

    // Address: current two-level units, Thanh Hóa first.
    await page.waitForURL(/step=address/)
    expect(await page.getByLabel("Tỉnh/Thành phố").inputValue()).toBe("38")
    await page.getByLabel("Xã/Phường/Đặc khu").selectOption({ label: "Phường Hạc Thành" })
    await fill(page, "Số nhà, đường, thôn/xóm", "25 Lê Lợi")
    await shot(page, "address")
    await page.getByRole("button", { name: "Tiếp tục" }).click()

    // Shipping: standard, 30.000 ₫.
    await page.waitForURL(/step=shipping/)
    await page.getByLabel(/Giao hàng tiêu chuẩn/).check()
    await page.getByRole("button", { name: "Tiếp tục" }).click()

    // Payment: cash on delivery is there and chosen by default.
    await page.waitForURL(/step=payment/)
    expect(await page.getByLabel(/Thanh toán khi nhận hàng/).isChecked()).toBe(true)
    await shot(page, "payment")
    await page.getByRole("button", { name: "Tiếp tục" }).click()

    // Review, then order.
    await page.waitForURL(/step=review/)
    expect(await page.getByTestId("cart-total").textContent()).toBe(vnd("280.000 ₫"))
    expect(await ordersCount()).toBe(before) // nothing ordered until the shopper says so
    await shot(page, "review")
    await page.getByRole("button", { name: "Đặt hàng" }).click()
    await page.waitForURL(/\/don-hang\/order_/)
    await shot(page, "confirmation")
    const number = (await page.getByTestId("order-number").textContent())!.match(/#(\d+)/)![1]
    expect(await page.getByTestId("order-total").textContent()).toBe(vnd("280.000 ₫"))
    // the header's cart is read in the browser after each page: empty once the order is placed
    await expect.poll(() => page.getByTestId("cart-link").textContent(), { timeout: 10_000 }).toBe("Giỏ hàng (0)")

    // In the backend: one new order, in VND, at 280.000 ₫, to the address given.
    expect(await ordersCount()).toBe(before + 1)
    const orderId = page.url().split("/").pop()!
    const { order } = await admin.admin.order.retrieve(orderId, {
      fields: "display_id,total,currency_code,email,*shipping_address,*items",
    })
    expect(order.display_id).toBe(Number(number))
    expect(order).toMatchObject({ total: 280000, currency_code: "vnd", email: "lan.nguyen@example.vn" })
    expect(order.shipping_address).toMatchObject({
      first_name: "Nguyễn Thị Lan",
      phone: "0912345678",
      address_1: "25 Lê Lợi",
      city: "Phường Hạc Thành",
      province: "Tỉnh Thanh Hóa",
      country_code: "vn",
    })
    expect(order.items!.map((i) => [i.product_title, i.quantity, i.unit_price])).toEqual([
      ["Nước mắm Lê Gia – Cốt đặc biệt 40N", 2, 125000],
    ])
    await context.close()
  }, 180_000)
})

describe("a registered customer", () => {
  it("registers, orders and finds the order in the account", async () => {
    const shot = screenshotter("customer-account")
    const context = await phoneContext(browser)
    const page = await context.newPage()
    const base = stack.storefrontUrl
    const email = `hoa.${Date.now()}@example.vn`

    await page.goto(`${base}/tai-khoan`)
    await fill(page, "Họ và tên", "Trần Thu Hoa")
    await page.locator("#register-email").fill(email)
    await fill(page, "Số điện thoại", "0386 123 456")
    await page.locator("#register-password").fill("ngắn")
    await page.getByRole("button", { name: "Tạo tài khoản" }).click()
    await page.locator("#register-password-error").waitFor()
    expect(await page.locator("#register-password-error").textContent()).toContain("ít nhất 8 ký tự")
    await page.locator("#register-password").fill("mat-khau-dai-hon")
    await page.getByRole("button", { name: "Tạo tài khoản" }).click()
    // the same answer for every address: a mail to confirm it (or, for a known one, to its owner)
    const sent = page.getByTestId("sign-up-sent")
    await sent.waitFor()
    expect(await sent.textContent()).toContain(`Chúng tôi đã gửi thư đến ${email}`)
    await shot(page, "sign-up-sent")

    // no account before the address is confirmed: the login says what to do
    await page.locator("#login-email").fill(email)
    await page.locator("#login-password").fill("mat-khau-dai-hon")
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.getByText("Bạn chưa xác nhận email").waitFor()

    // the link from the mail (the Notification Module's local provider keeps it in the database)
    const link = new URL((await latestMail(stack.databaseUrl, email, "customer-sign-up")).url)
    await page.goto(`${base}${link.pathname}${link.search}`)
    await page.getByRole("heading", { name: "Xác nhận tài khoản" }).waitFor()
    await page.locator("#confirm-password").fill("mat-khau-cua-ai-khac")
    await page.getByRole("button", { name: "Xác nhận và đăng nhập" }).click()
    await page.locator("#confirm-password-error").waitFor()
    expect(await page.locator("#confirm-password-error").textContent()).toContain("không khớp")
    await page.locator("#confirm-password").fill("mat-khau-dai-hon")
    await page.getByRole("button", { name: "Xác nhận và đăng nhập" }).click()
    await page.getByRole("heading", { name: "Xin chào, Trần Thu Hoa" }).waitFor()
    await shot(page, "account-new")

    await page.goto(`${base}/san-pham/mam-tom-le-gia`)
    await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
    await page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ hàng" }).waitFor()
    await page.goto(`${base}/thanh-toan`)
    // The contact step knows the customer.
    expect(await page.getByLabel("Email").inputValue()).toBe(email)
    expect(await page.getByLabel("Số điện thoại").inputValue()).toBe("0386123456")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await page.waitForURL(/step=address/)
    await page.getByLabel("Xã/Phường/Đặc khu").selectOption({ label: "Phường Hàm Rồng" })
    await fill(page, "Số nhà, đường, thôn/xóm", "3 Nguyễn Trãi")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await page.waitForURL(/step=shipping/)
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await page.waitForURL(/step=payment/)
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await page.waitForURL(/step=review/)
    await page.getByRole("button", { name: "Đặt hàng" }).click()
    await page.waitForURL(/\/don-hang\/order_/)
    const number = (await page.getByTestId("order-number").textContent())!.match(/#(\d+)/)![1]

    await page.goto(`${base}/tai-khoan`)
    const orders = page.getByTestId("account-orders")
    await orders.waitFor()
    const text = await orders.textContent()
    expect(text).toContain(`#${number}`)
    expect(text).toContain("Mắm tôm Lê Gia × 1")
    expect(text).toContain(vnd("85.000 ₫")) // 55.000 ₫ + 30.000 ₫ shipping
    await shot(page, "account-orders")

    // the password changed from the account: the current one is asked first
    await page.locator("#current-password").fill("khong-dung")
    await page.locator("#new-password").fill("mat-khau-doi-roi")
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click()
    await page.locator("#current-password-error").waitFor()
    expect(await page.locator("#current-password-error").textContent()).toContain("Mật khẩu hiện tại không đúng")
    await page.locator("#current-password").fill("mat-khau-dai-hon")
    await page.locator("#new-password").fill("mat-khau-doi-roi")
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click()
    await page.getByText("Đã đổi mật khẩu").waitFor()

    // two addresses in the book, the second made the default
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

    // Logging out ends the session: the account page asks to log in again.
    await Promise.all([
      page.waitForURL((u) => u.pathname === "/"),
      page.getByRole("button", { name: "Đăng xuất" }).click(),
    ])
    await page.goto(`${base}/tai-khoan`)
    await page.getByRole("heading", { name: "Đăng nhập" }).waitFor()

    // a forgotten password: a reset link by mail, a new password, a login with it
    await page.getByRole("link", { name: "Quên mật khẩu?" }).click()
    await page.waitForURL(/\/tai-khoan\/quen-mat-khau/)
    await fill(page, "Email", email)
    await page.getByRole("button", { name: "Gửi liên kết đặt lại" }).click()
    await page.getByText("Nếu địa chỉ này có tài khoản").waitFor()
    const reset = new URL((await latestMail(stack.databaseUrl, email, "password-reset")).url)
    expect(reset.pathname).toBe("/tai-khoan/dat-lai-mat-khau")
    await page.goto(`${base}${reset.pathname}${reset.search}`)
    await fill(page, "Mật khẩu mới", "mat-khau-moi-hon")
    await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click()
    await page.getByText("Đã đặt lại mật khẩu").waitFor()
    await page.locator("#login-email").fill(email)
    await page.locator("#login-password").fill("mat-khau-moi-hon")
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.getByRole("heading", { name: "Xin chào, Trần Thu Hoa" }).waitFor()
    await context.close()
  }, 240_000)
})

describe("stock and languages", () => {
  it("does not let a sold-out product into the cart", async () => {
    const context = await phoneContext(browser)
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/san-pham/tinh-dau-sa-chanh`)
    expect(await page.getByRole("button", { name: "Thêm vào giỏ" }).isDisabled()).toBe(true)
    expect(await page.getByText("Hết hàng — không thể thêm vào giỏ.").isVisible()).toBe(true)
    await screenshotter("sold-out")(page, "product")
    await context.close()
  }, 60_000)

  it("switches to English with English labels and the same prices", async () => {
    const shot = screenshotter("english")
    const context = await phoneContext(browser, "en-US")
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/san-pham/nuoc-mam-le-gia-cot-dac-biet-40n`)
    const viPrices = await page.getByLabel("Thêm vào giỏ").locator("label").allTextContents()
    await page.getByRole("link", { name: "English" }).click()
    await page.waitForURL(/\/en\/products\/nuoc-mam-le-gia-cot-dac-biet-40n$/)
    await page.getByRole("button", { name: "Add to cart" }).waitFor()
    expect(await page.getByText("OCOP certification", { exact: false }).first().isVisible()).toBe(true)
    const enPrices = await page.getByLabel("Add to cart").locator("label").allTextContents()
    const amounts = (rows: string[]) => rows.flatMap((r) => r.match(/[\d.]+\s₫/) ?? [])
    expect(amounts(enPrices)).toEqual(amounts(viPrices))
    expect(amounts(enPrices)).toContain(vnd("125.000 ₫"))
    await shot(page, "product-en")
    await context.close()
  }, 60_000)
})

it("met no Content-Security-Policy refusal on any page above", () => {
  expect(cspViolations()).toEqual([])
})
