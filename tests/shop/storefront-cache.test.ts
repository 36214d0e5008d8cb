/**
 * The storefront serves its catalogue pages from the cache, and never shows a stale price or stock
 * for long: the backend tells it what changed (backend/src/storefront-cache → POST /api/revalidate,
 * signed). Changes here go through the admin API and the producer portal's API, as people make them.
 */
import crypto from "node:crypto"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { formatVnd } from "@ocop-market/ocop"
import { SIGNATURE_HEADER, signNotice } from "@ocop-market/ocop/revalidation"
import { sql as sqlOn } from "../support/db"
import { apiCall } from "../support/http"
import { producerAccount } from "../support/producer"
import { adminToken as loginAdmin, storeProduct } from "../support/admin"
import { launchBrowser, phoneContext } from "../support/browser"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const HANDLE = "dia-coi-trang-tri-viet-anh"
/** Among the home page's newest certified products (certified 2 months before the seed), one pack, in no other test. */
const HOME_HANDLE = "siro-bo-duong-sam-bao-triso"
/** The new figures must show within this (the target is 2 s; the margin is for a loaded CI machine). */
const LIVE_MS = 4_000

let adminToken: string
let product: { id: string; variantId: string; price: number; producerId: string; producerHandle: string }
const admin = (method: string, path: string, body?: unknown) =>
  apiCall(stack.backendUrl, method, path, adminToken, body)

/** A storefront page as a visitor's browser gets it, and whether the cache served it. */
async function visit(path: string) {
  const res = await fetch(stack.storefrontUrl + path)
  return { status: res.status, html: await res.text(), cache: res.headers.get("x-nextjs-cache"), headers: res.headers }
}
/** A page read until the cache serves it (the first read after a change renders it again). */
async function cachedVisit(path: string) {
  let last = await visit(path)
  for (let i = 0; i < 5 && last.cache !== "HIT"; i++) last = await visit(path)
  return last
}
/** How long until `path` shows `text` (polled every 100 ms, up to `within`). */
async function shows(path: string, text: string, within: number): Promise<number> {
  const t0 = Date.now()
  await expect.poll(async () => (await visit(path)).html.includes(text), { timeout: within, interval: 100 }).toBe(true)
  return Date.now() - t0
}
const price = (n: number) => formatVnd(n).replace(" ", "\u00a0")
/** The catalogue card of `handle` in a page's HTML. */
const cardIn = (html: string, handle: string) =>
  html.match(new RegExp(`<li[^>]*>(?:(?!</li>)[\\s\\S])*href="/san-pham/${handle}"(?:(?!</li>)[\\s\\S])*</li>`))?.[0] ??
  ""
const productPath = `/san-pham/${HANDLE}`

async function setPrice(amount: number) {
  const res = await admin("POST", `/admin/products/${product.id}/variants/${product.variantId}`, {
    prices: [{ currency_code: "vnd", amount }],
  })
  expect(res.status, res.text).toBe(200)
}

beforeAll(async () => {
  adminToken = await loginAdmin(stack)
  const p = await storeProduct(stack, HANDLE, "+producer.id,+producer.handle")
  product = { ...p, producerId: p.raw.producer.id, producerHandle: p.raw.producer.handle }
})

afterAll(async () => {
  if (product) await setPrice(product.price)
})

describe("catalogue pages", () => {
  const pages = () => [
    "/",
    "/en",
    "/san-pham",
    "/san-pham?q=coi&star=4",
    productPath,
    `/chu-the/${product.producerHandle}`,
    "/chien-dich",
    "/thong-ke",
  ]

  it("are served from the cache on a second visit, the same for every visitor", async () => {
    for (const path of pages()) {
      const first = await visit(path)
      expect(first.status, path).toBe(200)
      const again = await cachedVisit(path)
      expect(again.cache, path).toBe("HIT")
      // nothing personal in a shared page: no cookie set, no cart count rendered into it
      expect(again.headers.get("set-cookie"), path).toBeNull()
      expect(again.html, path).not.toMatch(/Giỏ hàng \(\d+\)|Cart \(\d+\)/)
    }
  })

  it("keep the visitor's own cart out of the page: it comes from /api/cart, never cached", async () => {
    const res = await fetch(`${stack.storefrontUrl}/api/cart`)
    expect(res.headers.get("cache-control")).toBe("private, no-store")
    expect(await res.json()).toEqual({ count: 0, subtotal: 0, lines: [] })
  })

  it("serve a search's view under its own cached page, whatever the order of the query", async () => {
    const a = await cachedVisit("/san-pham?star=4&q=coi")
    const b = await cachedVisit("/san-pham?q=coi&star=4")
    expect(b.cache).toBe("HIT")
    expect(a.html).toContain("Đĩa cói")
  })
})

describe("a change made in the backend", () => {
  it("shows a new price from the admin on the product page, the home page and the catalogue card", async () => {
    for (const path of [productPath, "/", "/san-pham?q=dia+coi"]) await cachedVisit(path)
    const next = product.price + 7_000
    await setPrice(next)
    const product_ms = await shows(productPath, price(next), LIVE_MS)
    // lists find their products in the search index, which follows 0.1–3 s late here, but read
    // their prices and stock live: the card is as quick as the product page
    const card_ms = await shows("/san-pham?q=dia+coi", price(next), LIVE_MS)
    // the home page shows the newest certified products: one of them, its price changed the same way
    const onHome = await storeProduct(stack, HOME_HANDLE)
    expect((await visit("/")).html).toContain(price(onHome.price))
    const changed = await admin("POST", `/admin/products/${onHome.id}/variants/${onHome.variantId}`, {
      prices: [{ currency_code: "vnd", amount: onHome.price + 3_000 }],
    })
    expect(changed.status, changed.text).toBe(200)
    const home_ms = await shows("/", price(onHome.price + 3_000), LIVE_MS)
    await admin("POST", `/admin/products/${onHome.id}/variants/${onHome.variantId}`, {
      prices: [{ currency_code: "vnd", amount: onHome.price }],
    })
    console.log(`price → visible: product page ${product_ms} ms, home ${home_ms} ms, catalogue card ${card_ms} ms`)
    // and the new page is cached again
    expect((await cachedVisit(productPath)).cache).toBe("HIT")
  })

  it("shows stock and price set in the producer portal", async () => {
    const [producer] = await sql<{ id: string }>(`select id from producer where handle = $1`, [product.producerHandle])
    const { token } = await producerAccount(stack.backendUrl, adminToken, producer!.id, `kho.${Date.now()}@vietanh.vn`)
    await cachedVisit(productPath)
    const base = `/producer/products/${product.id}/variants/${product.variantId}`
    const stock = await apiCall(stack.backendUrl, "POST", `${base}/stock`, token, { stocked_quantity: 43 })
    expect(stock.status, stock.text).toBe(200)
    const stock_ms = await shows(productPath, "Còn 43 sản phẩm", LIVE_MS)
    const next = product.price + 3_000
    const set = await apiCall(stack.backendUrl, "POST", `${base}/price`, token, { amount: next })
    expect(set.status, set.text).toBe(200)
    const price_ms = await shows(productPath, price(next), LIVE_MS)
    // sold out: its catalogue card says so as soon as its page does
    const card = "/san-pham?q=dia+coi"
    const cardShows = async (text: string) => {
      const t0 = Date.now()
      await expect
        .poll(async () => cardIn((await visit(card)).html, HANDLE), { timeout: LIVE_MS, interval: 100 })
        .toContain(text)
      return Date.now() - t0
    }
    await cachedVisit(card)
    expect(cardIn((await visit(card)).html, HANDLE)).not.toContain("Hết hàng")
    expect((await apiCall(stack.backendUrl, "POST", `${base}/stock`, token, { stocked_quantity: 0 })).status).toBe(200)
    const soldOut_ms = await cardShows("Hết hàng")
    expect((await apiCall(stack.backendUrl, "POST", `${base}/stock`, token, { stocked_quantity: 43 })).status).toBe(200)
    await expect
      .poll(async () => cardIn((await visit(card)).html, HANDLE), { timeout: LIVE_MS, interval: 100 })
      .not.toContain("Hết hàng")
    console.log(
      `producer portal → visible: stock ${stock_ms} ms, price ${price_ms} ms, sold out on the card ${soldOut_ms} ms`,
    )
  })

  it("shows a campaign's discount when it starts, and the full price again when it ends", async () => {
    await setPrice(100_000)
    await shows(productPath, price(100_000), LIVE_MS)
    const now = Date.now()
    const created = await admin("POST", "/admin/ocop/campaigns", {
      handle: `gio-vang-coi-${now}`,
      title_vi: "Giờ vàng đồ cói",
      title_en: "Sedge craft golden hour",
      kind: "online_week",
      starts_at: new Date(now - 60_000).toISOString(),
      ends_at: new Date(now + 3600_000).toISOString(),
      discount: { type: "percentage", value: 25 },
      target: { product_ids: [product.id] },
    })
    expect(created.status, created.text).toBe(201)
    const on_ms = await shows(productPath, price(75_000), LIVE_MS)
    const ended = await admin("POST", `/admin/campaigns/${created.body.campaign.id}`, {
      ends_at: new Date(Date.now() - 1000).toISOString(),
    })
    expect(ended.status, ended.text).toBe(200)
    await expect
      .poll(async () => (await visit(productPath)).html.includes(price(75_000)), { timeout: LIVE_MS, interval: 100 })
      .toBe(false)
    console.log(`campaign → discount visible in ${on_ms} ms`)
  })
})

describe("the revalidation route", () => {
  const url = () => `${stack.storefrontUrl}/api/revalidate`
  const notice = (tags: unknown[], id = crypto.randomUUID()) => JSON.stringify({ id, tags })
  const post = (body: string, signature?: string, from = "203.0.113.7") =>
    fetch(url(), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-forwarded-for": from,
        ...(signature ? { [SIGNATURE_HEADER]: signature } : {}),
      },
      body,
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }))

  it("refuses a notice that is not signed with the shared secret, and the page stays cached", async () => {
    // the statistics page: no test before this one changes its figures in the last half minute
    await cachedVisit("/thong-ke")
    const body = notice(["stats"])
    const cases = [
      { signature: undefined, status: 401, code: "signature_missing" },
      { signature: signNotice("guessed-secret", body), status: 401, code: "signature_invalid" },
      {
        signature: signNotice(stack.revalidateSecret, body, Date.now() - 120_000),
        status: 401,
        code: "signature_expired",
      },
    ]
    for (const c of cases) {
      const res = await post(body, c.signature)
      expect(res, c.code).toMatchObject({ status: c.status, body: { code: c.code } })
    }
    expect((await visit("/thong-ke")).cache).toBe("HIT")
  })

  it("takes a signed notice once, and refuses tags it does not know", async () => {
    const body = notice([`product:${HANDLE}`])
    expect(await post(body, signNotice(stack.revalidateSecret, body))).toEqual({
      status: 200,
      body: { revalidated: 1 },
    })
    expect(await post(body, signNotice(stack.revalidateSecret, body))).toMatchObject({
      status: 409,
      body: { code: "notice_replayed", field: "id" },
    })
    const odd = notice(["catalogue", "product:Not A Handle"])
    expect(await post(odd, signNotice(stack.revalidateSecret, odd))).toMatchObject({
      status: 400,
      body: { code: "tag_unknown", field: "tags.1" },
    })
    const big = notice(Array.from({ length: 400 }, (_, i) => `product:${"x".repeat(60)}-${i}`))
    expect((await post(big, signNotice(stack.revalidateSecret, big))).status).toBe(413)
  })

  it("stops answering an address that keeps sending bad signatures", async () => {
    const body = notice(["catalogue"])
    const from = `198.51.100.${Math.floor(Math.random() * 200) + 20}`
    const statuses: number[] = []
    for (let i = 0; i < 22; i++) statuses.push((await post(body, signNotice("wrong", body), from)).status)
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(20)).toEqual([429, 429])
    // another address is still heard
    const good = notice(["catalogue"])
    expect((await post(good, signNotice(stack.revalidateSecret, good))).status).toBe(200)
  })
})

describe("adding to the cart", () => {
  // a product no other test here changes
  const TEA = "tra-tui-loc-ca-gai-leo-xu-thanh"
  it("checks live stock, whatever the page in the shopper's browser said", async () => {
    const [level] = await sql<{ item: string; location: string; stocked: number; reserved: number }>(
      `select l.inventory_item_id as item, l.location_id as location, l.stocked_quantity as stocked,
              l.reserved_quantity as reserved
         from inventory_level l
         join product_variant_inventory_item pvi on pvi.inventory_item_id = l.inventory_item_id and pvi.deleted_at is null
         join product_variant v on v.id = pvi.variant_id join product p on p.id = v.product_id
        where p.handle = $1 and l.deleted_at is null limit 1`,
      [TEA],
    )
    const setStock = (n: number) =>
      admin("POST", `/admin/inventory-items/${level!.item}/location-levels/${level!.location}`, {
        stocked_quantity: n,
      })
    const browser = await launchBrowser()
    try {
      // the shopper opens the page while it is in stock…
      const tab = await (await phoneContext(browser)).newPage()
      await tab.goto(stack.storefrontUrl + `/san-pham/${TEA}`)
      expect(await tab.getByText(/Còn \d+ sản phẩm/).isVisible()).toBe(true)
      // …the last packs sell elsewhere, and only then the shopper taps "add"
      expect((await setStock(Number(level!.reserved))).status).toBe(200)
      await new Promise((r) => setTimeout(r, 1000))
      await tab.getByRole("button", { name: "Thêm vào giỏ" }).click()
      await tab.getByText("Sản phẩm đã hết hàng.").waitFor()
      const cart = await tab.evaluate(() => fetch("/api/cart").then((r) => r.json()))
      expect(cart.count).toBe(0)
    } finally {
      await browser.close()
      await setStock(Number(level!.stocked))
    }
  }, 90_000)
})
