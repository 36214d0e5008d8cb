/**
 * Orders are private (Decree 13/2023/NĐ-CP): GET /store/orders/:id shows the buyer's name, phone
 * and address only to the browser that placed the order (the completed cart's answer carries the
 * order's token) and to the customer who owns it. A link passed on, another customer, a wrong
 * token: "not found", exactly as for an id that does not exist. The lookup by order number and the
 * e-mail or phone used answers the same for a wrong number and a wrong contact, and is throttled;
 * what it opens shows the contact proved, and of the rest only enough to recognise the order.
 */
import { beforeAll, describe, expect, inject, it } from "vitest"
import { readyCart } from "../../scripts/lib/buyer"
import { storeProduct } from "../../tests/support/admin"
import { customerAccount } from "../../tests/support/customer"

const stack = inject("stack")
const store = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(stack.backendUrl + path, {
    method,
    headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, headers: r.headers, body: (await r.json().catch(() => null)) as any }))

const customer = (email: string) => customerAccount(stack, email, "mat-khau-khach-1", email.split("@")[0])

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const orderFields = "?fields=id,display_id,email,*shipping_address"

let variantId = ""
let guest: { id: string; number: number; token: string }
let owned: { id: string; number: number }
let ownerToken = ""
let otherToken = ""

beforeAll(async () => {
  variantId = (await storeProduct(stack, "nuoc-mam-le-gia-cot-dac-biet-40n")).variantId
  // a guest order, completed as the storefront completes it
  const guestCart = await readyCart(stack, variantId, { email: "khach.rieng@example.vn", street: "12 Trần Phú" })
  const done = await store("POST", `/store/carts/${guestCart}/complete`, {})
  expect(done.body.type).toBe("order")
  guest = { id: done.body.order.id, number: done.body.order.display_id, token: done.body.order_token }
  // an order of a logged-in customer, and a second customer who is given its link
  ownerToken = await customer(`chu.don.${Date.now()}@example.vn`)
  otherToken = await customer(`nguoi.khac.${Date.now()}@example.vn`)
  const cart = await readyCart(stack, variantId, { email: "chu.don@example.vn" })
  expect((await store("POST", `/store/carts/${cart}/customer`, {}, bearer(ownerToken))).status).toBe(200)
  const placed = await store("POST", `/store/carts/${cart}/complete`, {}, bearer(ownerToken))
  owned = { id: placed.body.order.id, number: placed.body.order.display_id }
})

describe("who sees an order", () => {
  it("the browser that placed it, with the token the completed cart gave it", async () => {
    expect(guest.token).toMatch(/^[\w-]{40,}$/)
    const r = await store("GET", `/store/orders/${guest.id}${orderFields}`, undefined, { "x-order-token": guest.token })
    expect(r.status).toBe(200)
    expect(r.body.order).toMatchObject({
      email: "khach.rieng@example.vn",
      shipping_address: { address_1: "12 Trần Phú" },
    })
  })

  it("nobody holding only the link: not found, the same answer as for an order that does not exist", async () => {
    const linkOnly = await store("GET", `/store/orders/${guest.id}${orderFields}`)
    const wrongToken = await store("GET", `/store/orders/${guest.id}${orderFields}`, undefined, {
      "x-order-token": guest.token.slice(0, -2) + "xx",
    })
    const otherOrdersToken = await store("GET", `/store/orders/${owned.id}${orderFields}`, undefined, {
      "x-order-token": guest.token,
    })
    const unknown = await store("GET", `/store/orders/order_01NOTANORDER000000000000${orderFields}`)
    for (const r of [linkOnly, wrongToken, otherOrdersToken, unknown]) {
      expect(r.status).toBe(404)
      expect(r.body).toEqual(unknown.body)
      expect(JSON.stringify(r.body)).not.toMatch(/khach|Trần Phú|0912/)
    }
  })

  it("the customer who owns it, and not a second customer opening the first one's link", async () => {
    const mine = await store("GET", `/store/orders/${owned.id}${orderFields}`, undefined, bearer(ownerToken))
    expect(mine.status).toBe(200)
    expect(mine.body.order.id).toBe(owned.id)
    const theirs = await store("GET", `/store/orders/${owned.id}${orderFields}`, undefined, bearer(otherToken))
    expect(theirs.status).toBe(404)
    expect(theirs.body.code).toBe("not_found")
    const guestsOrder = await store("GET", `/store/orders/${guest.id}${orderFields}`, undefined, bearer(ownerToken))
    expect(guestsOrder.status).toBe(404)
  })
})

describe("finding an order by its number", () => {
  it("with the e-mail used, or the phone written any way: a token that shows that contact and masks the rest", async () => {
    const views: Record<string, any> = {}
    for (const contact of ["Khach.Rieng@example.vn", "0912 345 678", "+84912345678"]) {
      const r = await store("POST", "/store/ocop/orders/lookup", { order_number: `#${guest.number}`, contact })
      expect(r.status, contact).toBe(200)
      expect(r.body.order_id).toBe(guest.id)
      expect(r.body.order_token).not.toBe(guest.token)
      const seen = await store("GET", `/store/orders/${guest.id}${orderFields}`, undefined, {
        "x-order-token": r.body.order_token,
      })
      expect(seen.status, contact).toBe(200)
      views[contact] = seen.body.order
    }
    // proved by e-mail: the e-mail, the buyer's initials, the phone's last digits, the commune; no street
    expect(views["Khach.Rieng@example.vn"]).toMatchObject({
      display_id: guest.number,
      email: "khach.rieng@example.vn",
      shipping_address: { first_name: "K•", phone: "•••••••678", address_1: null, city: "Phường Hạc Thành" },
    })
    // proved by phone: the phone, and the e-mail masked
    expect(views["0912 345 678"]).toMatchObject({
      email: "k•••@example.vn",
      shipping_address: { first_name: "K•", phone: "0912345678", address_1: null },
    })
    expect(JSON.stringify(views)).not.toContain("12 Trần Phú")
    // a lookup's token does not open another order, nor does one with its letter changed
    const byPhone = (
      await store("POST", "/store/ocop/orders/lookup", { order_number: `${guest.number}`, contact: "0912345678" })
    ).body.order_token as string
    for (const token of [`e${byPhone.slice(1)}`, byPhone.slice(1)]) {
      const r = await store("GET", `/store/orders/${guest.id}${orderFields}`, undefined, { "x-order-token": token })
      expect(r.status).toBe(404)
    }
    expect(
      (await store("GET", `/store/orders/${owned.id}${orderFields}`, undefined, { "x-order-token": byPhone })).status,
    ).toBe(404)
  })

  it("says the same for a wrong contact and for a number that does not exist", async () => {
    const wrongContact = await store("POST", "/store/ocop/orders/lookup", {
      order_number: owned.number,
      contact: "ai.do@example.vn",
    })
    const noSuchOrder = await store("POST", "/store/ocop/orders/lookup", {
      order_number: 987654,
      contact: "khach.rieng@example.vn",
    })
    expect(wrongContact.status).toBe(404)
    expect(wrongContact.body).toEqual(noSuchOrder.body)
    expect(noSuchOrder.body).toMatchObject({ code: "order_not_found" })
  })

  it("refuses a lookup without a number, naming the field", async () => {
    const r = await store("POST", "/store/ocop/orders/lookup", { order_number: "abc", contact: "x@y.vn" })
    expect(r.status).toBe(400)
    expect(r.body).toMatchObject({ field: "order_number" })
  })

  it("stops guessing at one order number after 5 tries: 429 with Retry-After", async () => {
    const tries = []
    for (let i = 0; i < 7; i++) {
      tries.push(
        await store("POST", "/store/ocop/orders/lookup", { order_number: 4242, contact: `doan${i}@example.vn` }),
      )
    }
    expect(tries.slice(0, 5).map((r) => r.status)).toEqual([404, 404, 404, 404, 404])
    expect(tries[5]!.status).toBe(429)
    expect(tries[5]!.body.code).toBe("too_many_attempts")
    expect(Number(tries[5]!.headers.get("retry-after"))).toBeGreaterThan(0)
  })
})
