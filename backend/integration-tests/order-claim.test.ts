/**
 * Claiming a guest order (backend/src/workflows/claim-guest-order.ts, Medusa's order transfer): a
 * shopper's account lists the orders placed as a guest with its e-mail; asking for one mails a
 * confirmation link to that address, and only the link moves the order into the account. Another
 * customer can neither list, claim nor — through Medusa's own request route — read someone's order.
 */
import { beforeAll, describe, expect, inject, it } from "vitest"
import { buyWithCashOnDelivery } from "../../scripts/lib/buyer"
import { customerAccount, latestMail, storeCall } from "../../tests/support/customer"
import { mostStockedPack } from "../../tests/support/db"

const stack = inject("stack")
const stamp = Date.now()
const email = `nhan.don.${stamp}@example.vn`
const password = "mat-khau-nhan-don"
let token = ""
let stranger = ""
let first = ""
let second = ""

const auth = (t: string) => ({ authorization: `Bearer ${t}` })
const store = (path: string, t?: string) =>
  fetch(stack.backendUrl + path, {
    headers: { "x-publishable-api-key": stack.publishableKey, ...(t ? auth(t) : {}) },
  }).then(async (r) => ({ status: r.status, body: (await r.json().catch(() => null)) as any }))
const guestOrders = async (t: string) => (await store("/store/ocop/account/guest-orders", t)).body.orders as any[]
const claimLink = async (to = email) => new URL((await latestMail(stack.databaseUrl, to, "order-claim")).url)

beforeAll(async () => {
  const pack = await mostStockedPack(stack.databaseUrl)
  // two orders placed as a guest, then the account opened with the same address
  first = await buyWithCashOnDelivery(stack, pack.variant_id, { email })
  second = await buyWithCashOnDelivery(stack, pack.variant_id, { email: email.toUpperCase() })
  token = await customerAccount(stack, email, password)
  stranger = await customerAccount(stack, `nguoi.la.${stamp}@example.vn`, password)
}, 120_000)

describe("claiming a guest order", () => {
  it("lists the guest orders placed with the account's e-mail, to that account only", async () => {
    const mine = await guestOrders(token)
    expect(mine.map((o) => o.id).sort()).toEqual([first, second].sort())
    expect(mine[0]).toMatchObject({ display_id: expect.any(Number), total: expect.any(Number), claim_requested: false })
    expect(mine[0].items[0]).toMatchObject({ quantity: 1, title: expect.any(String) })
    expect(await guestOrders(stranger)).toEqual([])
    expect((await store("/store/ocop/account/guest-orders")).status).toBe(401)
  })

  it("refuses another customer, on our route and on Medusa's, and tells nothing of the order", async () => {
    const ours = await storeCall(stack, `/store/ocop/orders/${first}/claim`, {}, auth(stranger))
    expect(ours.status).toBe(404)
    expect(ours.body).toMatchObject({ code: "not_found" })
    const medusas = await storeCall(stack, `/store/orders/${first}/transfer/request`, {}, auth(stranger))
    expect(medusas.status).toBe(404)
    expect(JSON.stringify(medusas.body)).not.toContain(email)
    expect((await guestOrders(token)).find((o) => o.id === first).claim_requested).toBe(false)
  })

  it("mails a link to the order's address, and only the link moves the order into the account", async () => {
    const asked = await storeCall(stack, `/store/ocop/orders/${first}/claim`, {}, auth(token))
    expect(asked.status, JSON.stringify(asked.body)).toBe(202)
    const link = await claimLink()
    expect(link.pathname).toBe("/tai-khoan/nhan-don")
    expect(link.searchParams.get("order")).toBe(first)
    expect((await guestOrders(token)).find((o) => o.id === first).claim_requested).toBe(true)
    // not yet theirs
    expect((await store(`/store/orders/${first}`, token)).status).toBe(404)

    // asked again: a new link, the first no longer works
    const again = await storeCall(stack, `/store/ocop/orders/${first}/claim`, {}, auth(token))
    expect(again.status).toBe(202)
    let fresh = await claimLink()
    for (let i = 0; i < 40 && fresh.searchParams.get("token") === link.searchParams.get("token"); i++) {
      await new Promise((r) => setTimeout(r, 250))
      fresh = await claimLink()
    }
    expect(fresh.searchParams.get("token")).not.toBe(link.searchParams.get("token"))
    const stale = await storeCall(stack, `/store/orders/${first}/transfer/accept`, {
      token: link.searchParams.get("token"),
    })
    expect(stale.status).toBeGreaterThanOrEqual(400)
    expect(stale.status).toBeLessThan(500)
    const wrong = await storeCall(stack, `/store/orders/${first}/transfer/accept`, { token: "not-the-token" })
    expect(wrong.status).toBeGreaterThanOrEqual(400)
    expect(wrong.status).toBeLessThan(500)
    expect((await store(`/store/orders/${first}`, token)).status).toBe(404)

    const accepted = await storeCall(stack, `/store/orders/${first}/transfer/accept`, {
      token: fresh.searchParams.get("token"),
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    const opened = await store(`/store/orders/${first}`, token)
    expect(opened.status).toBe(200)
    expect(opened.body.order.id).toBe(first)
    const listed = await store("/store/orders?fields=id", token)
    expect(listed.body.orders.map((o: { id: string }) => o.id)).toContain(first)
    expect((await guestOrders(token)).map((o) => o.id)).toEqual([second])
    // claimed once: nothing more to claim
    expect((await storeCall(stack, `/store/ocop/orders/${first}/claim`, {}, auth(token))).status).toBe(404)
  })

  it("leaves the order as it was when the link is declined", async () => {
    expect((await storeCall(stack, `/store/ocop/orders/${second}/claim`, {}, auth(token))).status).toBe(202)
    // the mail goes to the address as the order was placed with it
    const link = await claimLink(email.toUpperCase())
    expect(link.searchParams.get("order")).toBe(second)
    const declined = await storeCall(stack, `/store/orders/${second}/transfer/decline`, {
      token: link.searchParams.get("token"),
    })
    expect(declined.status, JSON.stringify(declined.body)).toBe(200)
    expect((await store(`/store/orders/${second}`, token)).status).toBe(404)
    expect(await guestOrders(token)).toMatchObject([{ id: second, claim_requested: false }])
  })
})
