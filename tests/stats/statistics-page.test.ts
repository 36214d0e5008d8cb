/**
 * /thong-ke as the public sees it, read in Chromium: on the sample catalogue it must show exactly
 * the figures of the source article (69 products, 47 producers: 24/11/2/10, 45 communes,
 * 18 districts, groups 47/5/7/10, 17 four-star and 52 three-star, 2 proposed for five stars),
 * and sales by group once there are orders.
 */
import Medusa from "@medusajs/js-sdk"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, phoneContext, screenshotter } from "../support/browser"
import { sql as sqlOn } from "../support/db"
import { placeCodOrder } from "../support/shop"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const NBSP = "\u00a0"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
}, 180_000)
afterAll(async () => {
  await browser?.close()
})

const figure = async (page: Page, id: string) =>
  (await page.locator(`[data-figure="${id}"] dd`).first().textContent())!.trim()

/** The rows of a chart's table: label → value as printed. */
async function table(page: Page, id: string): Promise<Record<string, string>> {
  const rows = await page.getByTestId(id).locator("tbody tr").all()
  const out: Record<string, string> = {}
  for (const r of rows)
    out[(await r.locator("th").textContent())!.trim()] = (await r.locator("td").textContent())!.trim()
  return out
}

/** A cash-on-delivery order of one jar of Lê Gia's shrimp paste, so there are sales to show. */
async function placeOrder() {
  const sdk = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
  const { regions } = await sdk.store.region.list()
  const { products } = await sdk.store.product.list({
    handle: "mam-tom-le-gia",
    region_id: regions[0]!.id,
    fields: "*variants",
  })
  await placeCodOrder(stack, products[0]!.variants![0]!.id, { email: "thongke@example.vn" })
}

/** Food sales straight from the database: order lines of products certified in group "food", less their discounts. */
async function foodRevenue(): Promise<number> {
  const [link] = await sql<{ table_name: string }>(
    `select table_name from information_schema.columns where column_name = 'ocop_certification_id'
       and table_name in (select table_name from information_schema.columns where column_name = 'product_id') limit 1`,
  )
  const [row] = await sql<{ revenue: string | null }>(
    `select sum(li.unit_price * oi.quantity
                - coalesce((select sum(a.amount) from order_line_item_adjustment a where a.item_id = li.id and a.deleted_at is null), 0)) as revenue
       from order_item oi join order_line_item li on li.id = oi.item_id join "order" o on o.id = oi.order_id and o.version = oi.version
       join ${link!.table_name} l on l.product_id = li.product_id and l.deleted_at is null
       join ocop_certification c on c.id = l.ocop_certification_id
      where o.status <> 'canceled' and o.deleted_at is null and oi.deleted_at is null and c."group" = 'food'`,
  )
  return Number(row!.revenue ?? 0)
}

describe("the statistics page", () => {
  it("shows the sample catalogue's figures exactly, with each chart's numbers in a table", async () => {
    await placeOrder()
    const context = await phoneContext(browser)
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/thong-ke`)
    await screenshotter("statistics")(page, "thong-ke")

    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Chương trình OCOP Thanh Hóa qua các con số",
    )
    expect(await figure(page, "products")).toBe("69")
    expect(await figure(page, "producers")).toBe("47")
    expect(await page.locator('[data-figure="producers"] dd').nth(1).textContent()).toBe(
      "trong đó 24 doanh nghiệp, 11 hợp tác xã, 2 tổ hợp tác, 10 hộ sản xuất kinh doanh",
    )
    expect(await figure(page, "communes")).toBe("45")
    expect(await figure(page, "districts")).toBe("18")
    expect(await figure(page, "four-star")).toBe("17")
    expect(await figure(page, "three-star")).toBe("52")
    expect(await figure(page, "proposed")).toBe("2")

    const groups = await table(page, "by-group")
    expect(
      Object.values(groups)
        .map(Number)
        .sort((a, b) => b - a),
    ).toEqual([47, 10, 7, 5])
    expect(groups["Thực phẩm"]).toBe("47")
    expect(await table(page, "by-star")).toEqual({ "3 sao": "52", "4 sao": "17", "5 sao": "0" })
    const districts = await table(page, "by-district")
    expect(Object.keys(districts)).toHaveLength(18)
    expect(Object.values(districts).reduce((n, v) => n + Number(v), 0)).toBe(69)
    expect(Object.values(await table(page, "by-commune")).reduce((n, v) => n + Number(v), 0)).toBe(69)

    // Sales: what the database holds for food, printed in VND.
    const food = await foodRevenue()
    expect(food).toBeGreaterThanOrEqual(55000)
    expect((await table(page, "sales"))["Thực phẩm"]).toBe(`${food.toLocaleString("vi-VN")}${NBSP}₫`)

    // Server-rendered charts: the SVG is in the HTML before any script runs.
    const html = await (await fetch(`${stack.storefrontUrl}/thong-ke`)).text()
    expect(html.match(/<svg[^>]*data-chart="bar"/g)?.length).toBeGreaterThanOrEqual(6)
    await context.close()
  }, 120_000)

  it("has an English version with the same figures", async () => {
    const context = await phoneContext(browser, "en-US")
    const page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/en/statistics`)
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Thanh Hóa's OCOP programme in figures")
    expect(await figure(page, "products")).toBe("69")
    expect(await figure(page, "producers")).toBe("47")
    expect(await table(page, "by-star")).toEqual({ "3 stars": "52", "4 stars": "17", "5 stars": "0" })
    await context.close()
  }, 60_000)
})
