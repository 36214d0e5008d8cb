/**
 * The producer portal in Chromium on a phone: a producer's staff member takes up the province's
 * invite, sets a product's stock and price; the shop then shows the new price and stock, and the
 * catalogue's in-stock filter follows. Then the same person logs in again, adds a photo and a pack,
 * rewrites the description, and proposes a new product; the shop shows what it should.
 */
import Medusa from "@medusajs/js-sdk"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser } from "playwright-core"
import { cspViolations, dashboardPage, launchBrowser, phoneContext, screenshotter } from "../support/browser"
import { sql as sqlOn } from "../support/db"
import { apiCall } from "../support/http"
import { solidPng } from "../support/images"
import { placeCodOrder } from "../support/shop"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const vnd = (s: string) => s.replace(" ", "\u00a0")
const STRAWS = "ong-hut-tre"
const PASSWORD = "mat-khau-kho-2026"
/** The staff account the first test creates and the second logs in with. */
let staffEmail = ""
const adminToken = async () =>
  (await new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } }).auth.login(
    "user",
    "emailpass",
    {
      email: stack.adminEmail,
      password: stack.adminPassword,
    },
  )) as string

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
}, 180_000)
afterAll(async () => {
  await browser?.close()
})

describe("the producer portal", () => {
  it("takes up an invite on a phone, sets stock and price, and the shop follows", async () => {
    const shot = screenshotter("producer-portal")
    const [producer] = await sql<{ id: string; name: string }>(
      `select id, name from producer where name like '%ViBaBo%'`,
    )
    const token = await adminToken()
    const email = (staffEmail = `nhanvien.${Date.now()}@vibabo.vn`)
    const res = await fetch(`${stack.backendUrl}/admin/ocop/producers/${producer!.id}/staff`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ email, name: "Nhân viên kho" }),
    })
    expect(res.status).toBe(201)
    const { invite_url } = (await res.json()) as { invite_url: string }

    const context = await phoneContext(browser)
    const page = await context.newPage()
    const invitePath = new URL(invite_url).pathname + new URL(invite_url).search
    await page.goto(stack.storefrontUrl + invitePath)
    await page.getByLabel("Email").fill(email)
    await page.getByLabel("Mật khẩu").fill("ngắn")
    await page.getByRole("button", { name: "Nhận lời mời" }).click()
    await page.locator("#password-error").waitFor()
    expect(await page.locator("#password-error").textContent()).toContain("ít nhất 8 ký tự")
    await page.getByLabel("Mật khẩu").fill(PASSWORD)
    await shot(page, "invite")
    await page.getByRole("button", { name: "Nhận lời mời" }).click()
    await page.waitForURL((u) => u.pathname === "/nha-san-xuat")
    expect(await page.getByText(`${email} · ${producer!.name}`).isVisible()).toBe(true)
    const card = page.getByTestId("portal-product").filter({ hasText: "Ống hút tre" })
    await card.waitFor()
    await shot(page, "dashboard")

    // Sold out first: the catalogue's in-stock filter leaves it out.
    const stock = card.getByLabel("Tồn kho")
    await stock.fill("0")
    await stock.locator("xpath=..").getByRole("button", { name: "Lưu" }).click()
    await card.getByRole("status").first().waitFor()
    const catalogue = `${stack.storefrontUrl}/san-pham?q=ong+hut+tre&stock=1`
    const found = async () => {
      await page.goto(catalogue)
      return page.getByRole("link", { name: /Ống hút tre/ }).count()
    }
    await expect.poll(found, { timeout: 20_000 }).toBe(0)

    // Then 25 in stock at 160.000 ₫.
    await page.goto(`${stack.storefrontUrl}/nha-san-xuat`)
    const again = page.getByTestId("portal-product").filter({ hasText: "Ống hút tre" })
    await again.getByLabel("Tồn kho").fill("25")
    await again.getByLabel("Tồn kho").locator("xpath=..").getByRole("button", { name: "Lưu" }).click()
    await again.getByRole("status").first().waitFor()
    await again.getByLabel("Giá (₫)").fill("160.000")
    await again.getByLabel("Giá (₫)").locator("xpath=..").getByRole("button", { name: "Lưu" }).click()
    await expect.poll(() => again.getByRole("status").count()).toBeGreaterThanOrEqual(1)
    await shot(page, "saved")
    await expect
      .poll(
        async () =>
          (
            await sql<{ amount: string }>(
              `select pr.amount from product p join product_variant v on v.product_id = p.id
         join product_variant_price_set vps on vps.variant_id = v.id and vps.deleted_at is null
         join price pr on pr.price_set_id = vps.price_set_id and pr.deleted_at is null where p.handle = $1`,
              [STRAWS],
            )
          )[0]?.amount,
      )
      .toBe("160000")

    await page.goto(`${stack.storefrontUrl}/san-pham/${STRAWS}`)
    expect(await page.getByText(vnd("160.000 ₫")).first().isVisible()).toBe(true)
    expect(await page.getByText("Còn 25 sản phẩm").isVisible()).toBe(true)
    expect(await page.getByRole("button", { name: "Thêm vào giỏ" }).isEnabled()).toBe(true)
    await expect.poll(found, { timeout: 20_000 }).toBe(1)
    await shot(page, "shop")

    // A consumer orders straws; the producer ships its line with the carrier and tracking number.
    const store = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
    const { regions } = await store.store.region.list()
    const { products } = await store.store.product.list({
      handle: STRAWS,
      region_id: regions[0]!.id,
      fields: "*variants",
    })
    const orderId = await placeCodOrder(stack, products[0]!.variants![0]!.id, {
      quantity: 2,
      email: "mua-ong-hut@example.vn",
      street: "4 Bà Triệu",
    })
    await page.goto(`${stack.storefrontUrl}/nha-san-xuat`)
    const orderCard = page.getByTestId("portal-orders").locator("li").filter({ hasText: "4 Bà Triệu" }).first()
    expect(await orderCard.textContent()).toContain(`Ống hút tre (Chiếc) × 2 · ${vnd("320.000 ₫")}`)
    await orderCard.getByLabel("Đơn vị vận chuyển").selectOption({ label: "Bưu điện Việt Nam (VNPost)" })
    await orderCard.getByLabel("Mã vận đơn").fill("VNPOST-TH-7788")
    await orderCard.getByRole("button", { name: "Đã gửi hàng" }).click()
    await orderCard.getByText("Đã gửi hàng ✓").waitFor()
    expect(await orderCard.getByRole("button", { name: "Đã gửi hàng" }).count()).toBe(0)
    await shot(page, "shipped")
    const [label] = await sql<{ tracking_number: string }>(
      `select l.tracking_number from order_fulfillment ofl join fulfillment_label l on l.fulfillment_id = ofl.fulfillment_id where ofl.order_id = $1`,
      [orderId],
    )
    expect(label!.tracking_number).toBe("VNPOST-TH-7788")

    // the shopper, on another phone, looks the order up and sees the line shipped with that number
    const buyer = await phoneContext(browser)
    const buyerPage = await buyer.newPage()
    const [placed] = await sql<{ display_id: number }>(`select display_id from "order" where id = $1`, [orderId])
    await buyerPage.goto(`${stack.storefrontUrl}/don-hang/${orderId}`)
    await buyerPage.getByLabel("Mã đơn hàng").fill(`#${placed!.display_id}`)
    await buyerPage.getByLabel("Email hoặc số điện thoại").fill("mua-ong-hut@example.vn")
    await buyerPage.getByRole("button", { name: "Xem đơn hàng" }).click()
    const shipment = buyerPage.getByTestId("line-shipment")
    await shipment.waitFor()
    expect(await shipment.textContent()).toMatch(
      /^Đã gửi ngày \d\d\/\d\d\/\d{4} qua Bưu điện Việt Nam \(VNPost\) · mã vận đơn VNPOST-TH-7788$/,
    )
    await shot(buyerPage, "shopper-sees-shipment")
    await buyer.close()
    await context.close()
  }, 180_000)

  it("logs in on a phone, adds a photo and a pack, rewrites the description, proposes a product; the shop follows", async () => {
    expect(staffEmail, "the first test made the account").not.toBe("")
    const shot = screenshotter("producer-product")
    const [original] = await sql<{ description: string | null }>(`select description from product where handle = $1`, [
      STRAWS,
    ])
    const context = await phoneContext(browser)
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/nha-san-xuat/dang-nhap`)
    await page.getByLabel("Email").fill(staffEmail)
    await page.getByLabel("Mật khẩu").fill(PASSWORD)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.waitForURL((u) => u.pathname === "/nha-san-xuat")
    await page
      .getByTestId("portal-product")
      .filter({ hasText: "Ống hút tre" })
      .getByRole("link", { name: "Sửa ảnh, quy cách, mô tả" })
      .click()
    await page.waitForURL(/\/nha-san-xuat\/san-pham\//)
    expect(await page.getByText("Chưa có ảnh").isVisible()).toBe(true)

    // A file that is not a picture is refused at the field, in Vietnamese; a real photo becomes the cover.
    const files = page.getByLabel("Chọn ảnh")
    await files.setInputFiles({ name: "ghi-chu.png", mimeType: "image/png", buffer: Buffer.from("không phải ảnh") })
    await page.getByRole("button", { name: "Tải ảnh lên" }).click()
    await page.locator("#photo-files-error").waitFor()
    expect(await page.locator("#photo-files-error").textContent()).toBe(
      '"ghi-chu.png" không phải ảnh JPEG, PNG hoặc WebP.',
    )
    await files.setInputFiles({
      name: "ong-hut-tre.png",
      mimeType: "image/png",
      buffer: solidPng(800, 600, [90, 140, 60]),
    })
    await page.getByRole("button", { name: "Tải ảnh lên" }).click()
    await page.getByTestId("portal-photos").getByText("Ảnh đại diện").waitFor()
    const cover = await page.getByTestId("portal-photos").getByRole("img").first().getAttribute("src")
    expect(cover).toMatch(/\/uploads\/\d+-ong-hut-tre\.png$/)

    // A pack with a price in decimals is refused at the field; then "Hộp 50 chiếc" at 70.000 ₫, 12 in stock.
    await page.locator("#pack-title").fill("Hộp 50 chiếc")
    await page.locator("#pack-amount").fill("70000,5")
    await page.locator("#pack-stock").fill("12")
    await page.getByRole("button", { name: "Thêm quy cách" }).click()
    await page.locator("#pack-amount-error").waitFor()
    expect(await page.locator("#pack-amount-error").textContent()).toContain("số đồng nguyên")
    await page.locator("#pack-amount").fill("70.000")
    await page.getByRole("button", { name: "Thêm quy cách" }).click()
    await page.locator('[data-variant="Hộp 50 chiếc"]').waitFor()

    // The description with HTML in it is kept as plain text.
    await page
      .getByLabel("Mô tả (chỉ chữ, không nhận mã HTML)")
      .fill("Ống hút tre tự nhiên <b>không</b> hoá chất<script>alert(1)</script>")
    await page.getByRole("button", { name: "Lưu" }).last().click()
    await page.getByText("Đã lưu.").last().waitFor()
    // the form now shows what was stored
    await expect
      .poll(() => page.getByLabel("Mô tả (chỉ chữ, không nhận mã HTML)").inputValue())
      .toBe("Ống hút tre tự nhiên không hoá chất")
    await shot(page, "edited")

    await page.goto(`${stack.storefrontUrl}/san-pham/${STRAWS}`)
    expect(await page.locator("main img").first().getAttribute("src")).toBe(cover)
    expect(await page.getByText("Ống hút tre tự nhiên không hoá chất").isVisible()).toBe(true)
    expect(await page.locator("main").textContent()).not.toContain("<script>")
    expect(await page.getByText("Hộp 50 chiếc").first().isVisible()).toBe(true)
    await shot(page, "shop")

    // Proposing a product: a draft, listed as awaiting review, not in the shop.
    await page.goto(`${stack.storefrontUrl}/nha-san-xuat`)
    const title = `Khay tre đan ${Date.now()}`
    await page.getByLabel("Tên sản phẩm").fill(title)
    await page.locator("#propose-pack").fill("Bộ 3 khay")
    await page.locator("#propose-amount").fill("240.000")
    await page.locator("#propose-stock").fill("8")
    await page.getByRole("button", { name: "Gửi tỉnh duyệt" }).click()
    await page.getByTestId("portal-product").filter({ hasText: title }).getByText("Chờ duyệt").waitFor()
    const [draft] = await sql<{ id: string; status: string; handle: string }>(
      `select id, status, handle from product where title = $1`,
      [title],
    )
    expect(draft!.status).toBe("draft")
    await context.close()

    // The province reviews it in the dashboard and publishes it from the drafts list; the shop sells it.
    const admin = await dashboardPage(browser, stack)
    await admin.goto(`${stack.backendUrl}/app/products`)
    const row = admin.locator("li").filter({ hasText: title })
    await row.getByRole("button", { name: "Duyệt và đăng bán" }).click()
    await row.waitFor({ state: "detached" })
    await shot(admin, "published")
    await admin.context().close()
    expect((await sql<{ status: string }>(`select status from product where id = $1`, [draft!.id]))[0]!.status).toBe(
      "published",
    )
    const shop = await (await phoneContext(browser)).newPage()
    await shop.goto(`${stack.storefrontUrl}/san-pham/${draft!.handle}`)
    expect(await shop.getByRole("heading", { name: title }).isVisible()).toBe(true)
    expect(await shop.getByText(vnd("240.000 ₫")).first().isVisible()).toBe(true)
    await shop.context().close()
    // other test files count the 69 sample products: the new one goes again
    const removed = await fetch(`${stack.backendUrl}/admin/products/${draft!.id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${await adminToken()}` },
    })
    expect(removed.status).toBe(200)

    // what this test added to the shared sample product goes again, through the portal's API
    const login = await apiCall(stack.backendUrl, "POST", "/auth/producer/emailpass", undefined, {
      email: staffEmail,
      password: PASSWORD,
    })
    const [own] = await sql<{ id: string; description: string }>(
      `select id, description from product where handle = $1`,
      [STRAWS],
    )
    const base = `/producer/products/${own!.id}`
    const product = (await apiCall(stack.backendUrl, "GET", base, login.body.token)).body.product
    for (const v of product.variants.filter((x: { title: string }) => x.title === "Hộp 50 chiếc"))
      await apiCall(stack.backendUrl, "DELETE", `${base}/variants/${v.id}`, login.body.token)
    for (const img of product.images)
      await apiCall(stack.backendUrl, "DELETE", `${base}/images/${img.id}`, login.body.token)
    expect(own!.description).toBe("Ống hút tre tự nhiên không hoá chất")
    await apiCall(stack.backendUrl, "POST", base, login.body.token, { description: original!.description })
  }, 180_000)
})

it("met no Content-Security-Policy refusal on any page above", () => {
  expect(cspViolations()).toEqual([])
})
