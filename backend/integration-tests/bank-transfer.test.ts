/**
 * Bank transfer by VietQR (packages/medusa-payment-vietqr, backend/src/workflows/bank-transfer.ts).
 * An order paid by transfer is placed at once; the shopper gets the QR, account and reference; the
 * bank's notification captures the payment when the reference and amount match. Notifications are
 * sent here by the test, as a bank-notification service (SePay's shape) would send them — these
 * machines reach no bank; the route, its signature check and the capture are the real ones.
 */
import { readVietQr, signNotice } from "@ocop-market/medusa-payment-vietqr"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { readyCart } from "../../scripts/lib/buyer"
import { adminToken } from "../../tests/support/admin"
import { mostStockedPack, reservedUnits, sql as sqlOn } from "../../tests/support/db"
import { apiCall } from "../../tests/support/http"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const store = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(stack.backendUrl + path, {
    method,
    headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, body: (await r.json().catch(() => null)) as any }))

/** A notification as the bank-notification service sends it, signed unless told otherwise. */
async function notify(notice: Record<string, unknown>, signature?: string | null) {
  const raw = JSON.stringify(notice)
  const headers: Record<string, string> = { "content-type": "application/json" }
  const sig = signature === undefined ? signNotice(stack.vietQr.webhookSecret, raw) : signature
  if (sig !== null) headers["x-signature"] = sig
  const r = await fetch(`${stack.backendUrl}/hooks/vietqr`, { method: "POST", headers, body: raw })
  return { status: r.status, body: (await r.json().catch(() => null)) as any }
}
let seq = 0
const notice = (content: string, amount: number, extra: Record<string, unknown> = {}) => ({
  id: `${Date.now()}${seq++}`,
  gateway: "Vietcombank",
  transactionDate: "2026-12-04 09:15:02",
  accountNumber: stack.vietQr.accountNo,
  transferType: "in",
  transferAmount: amount,
  content,
  referenceCode: "FT26338123456",
  ...extra,
})

type Placed = { id: string; token: string; total: number; reference: string }
let pack: Awaited<ReturnType<typeof mostStockedPack>>
let admin = ""

/** An order paid by bank transfer, with what its confirmation page shows. */
async function transferOrder(email = "chuyen.khoan@example.vn"): Promise<Placed> {
  const cart = await readyCart(stack, pack.variant_id, { email, providerId: "pp_vietqr_vietqr" })
  const done = await store("POST", `/store/carts/${cart}/complete`, {})
  expect(done.status, JSON.stringify(done.body)).toBe(200)
  const transfer = await store("GET", `/store/ocop/orders/${done.body.order.id}/transfer`, undefined, {
    "x-order-token": done.body.order_token,
  })
  return {
    id: done.body.order.id,
    token: done.body.order_token,
    total: Number(done.body.order.total),
    reference: transfer.body.transfer.reference,
  }
}
const paymentOf = async (orderId: string) =>
  (
    await sql<{ captured_at: Date | null; canceled_at: Date | null; data: any }>(
      `select p.captured_at, p.canceled_at, p.data from payment p
         join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id
        where opc.order_id = $1 and p.deleted_at is null`,
      [orderId],
    )
  )[0]!
const capturesOf = async (orderId: string) =>
  (
    await sql<{ n: number }>(
      `select count(*)::int as n from capture c join payment p on p.id = c.payment_id
         join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id
        where opc.order_id = $1`,
      [orderId],
    )
  )[0]!.n
const noticesFor = (transactionId: string) =>
  sql<{ outcome: string; order_id: string | null }>(
    `select outcome, order_id from bank_transfer_notice where transaction_id = $1`,
    [`bank:${transactionId}`],
  )

beforeAll(async () => {
  pack = await mostStockedPack(stack.databaseUrl)
  admin = await adminToken(stack)
})

describe("paying by bank transfer", () => {
  it("is offered at checkout, and an order placed with it shows the QR, account and reference", async () => {
    const { regions } = (await store("GET", "/store/regions")).body
    const providers = (await store("GET", `/store/payment-providers?region_id=${regions[0].id}`)).body.payment_providers
    expect(providers.map((p: { id: string }) => p.id)).toContain("pp_vietqr_vietqr")

    const placed = await transferOrder()
    const { body } = await store("GET", `/store/ocop/orders/${placed.id}/transfer`, undefined, {
      "x-order-token": placed.token,
    })
    expect(body.transfer).toMatchObject({
      status: "awaiting",
      amount: placed.total,
      bank_bin: "970436",
      bank_name: "Vietcombank",
      account_no: stack.vietQr.accountNo,
      account_name: stack.vietQr.accountName,
    })
    expect(body.transfer.reference).toMatch(/^OCOP[ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)
    // the QR a banking app reads: this account, this amount, the reference as the note
    expect(readVietQr(body.transfer.payload)).toEqual({
      bankBin: "970436",
      accountNo: stack.vietQr.accountNo,
      amount: placed.total,
      note: body.transfer.reference,
    })
    // 24 hours to pay; the order is placed and its payment authorized, not captured
    const hours = (new Date(body.transfer.expires_at).getTime() - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(23.9)
    expect(hours).toBeLessThanOrEqual(24)
    expect((await paymentOf(placed.id)).captured_at).toBeNull()

    // as private as the order: without its token, not found
    const other = await store("GET", `/store/ocop/orders/${placed.id}/transfer`)
    expect(other.status).toBe(404)
  })

  it("is captured by the bank's notification with the reference and amount, once", async () => {
    const placed = await transferOrder()
    // refused at the door: no signature, a wrong one; nothing recorded or captured
    const unsigned = notice(`CT ${placed.reference}`, placed.total)
    expect((await notify(unsigned, null)).body).toMatchObject({ code: "signature_missing" })
    const forged = await notify(unsigned, signNotice("khong-phai-bi-mat-cua-shop", JSON.stringify(unsigned)))
    expect(forged.status).toBe(401)
    expect(forged.body).toMatchObject({ code: "signature_invalid", field: "x-signature" })
    expect(await noticesFor(unsigned.id)).toHaveLength(0)

    // a wrong amount: recorded for the staff, not captured
    const short = notice(`MBVCB.3278.${placed.reference}.CT tu 0123`, placed.total - 1000)
    const shortAnswer = await notify(short)
    expect(shortAnswer.status).toBe(400)
    expect(shortAnswer.body).toMatchObject({ code: "transfer_amount_mismatch", field: "transferAmount" })
    expect(await noticesFor(short.id)).toEqual([{ outcome: "wrong_amount", order_id: placed.id }])
    expect((await paymentOf(placed.id)).captured_at).toBeNull()

    // the right one, the reference as a bank writes it back (lower case, its own words around it)
    const paid = notice(`MBVCB.3279.${placed.reference.toLowerCase()}.CT tu 0123 NGUYEN VAN A`, placed.total)
    const paidAnswer = await notify(paid)
    expect(paidAnswer.status, JSON.stringify(paidAnswer.body)).toBe(200)
    expect(paidAnswer.body).toMatchObject({ success: true, outcome: "captured", order_id: placed.id })
    expect((await paymentOf(placed.id)).captured_at).not.toBeNull()
    const shown = await store("GET", `/store/ocop/orders/${placed.id}/transfer`, undefined, {
      "x-order-token": placed.token,
    })
    expect(shown.body.transfer.status).toBe("paid")
    const inAdmin = await apiCall(stack.backendUrl, "GET", `/admin/orders/${placed.id}?fields=payment_status`, admin)
    expect(inAdmin.body.order.payment_status).toBe("captured")

    // the same notification again: refused, nothing changes; another transfer for it: recorded
    const replay = await notify(paid)
    expect(replay.status).toBe(409)
    expect(replay.body).toMatchObject({ code: "notice_replayed" })
    expect(await noticesFor(paid.id)).toHaveLength(1)
    const twice = notice(`CT ${placed.reference}`, placed.total)
    expect((await notify(twice)).body).toMatchObject({ code: "order_paid_already" })
    expect(await noticesFor(twice.id)).toEqual([{ outcome: "already_paid", order_id: placed.id }])
    expect(await capturesOf(placed.id)).toBe(1)
  })

  it("captures once when the same notification arrives five times at once", async () => {
    const placed = await transferOrder()
    const same = notice(`CT ${placed.reference}`, placed.total)
    const answers = await Promise.all(Array.from({ length: 5 }, () => notify(same)))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409])
    expect(await noticesFor(same.id)).toHaveLength(1)
    expect(await capturesOf(placed.id)).toBe(1)
  })

  it("records a transfer with an unknown reference for the staff, and ignores money going out", async () => {
    const stray = notice("chuyen tien mua mat ong", 250_000)
    const answer = await notify(stray)
    expect(answer.status).toBe(404)
    expect(answer.body).toMatchObject({ code: "transfer_reference_unknown", params: { notice_id: expect.any(String) } })
    expect(await noticesFor(stray.id)).toEqual([{ outcome: "unknown_reference", order_id: null }])
    const log = await apiCall(stack.backendUrl, "GET", "/admin/ocop/bank-transfers", admin)
    expect(log.status).toBe(200)
    const ids = log.body.notices.map((n: { transaction_id: string }) => n.transaction_id)
    expect(ids).toContain(`bank:${stray.id}`)
    expect(log.body.notices.every((n: { outcome: string }) => n.outcome !== "captured")).toBe(true)

    const out = notice("OCOPAAAAAAAA hoan tien", 10_000, { transferType: "out" })
    expect((await notify(out)).body).toEqual({ outcome: "ignored" })
    expect(await noticesFor(out.id)).toHaveLength(0)
  })

  it("refuses a malformed notification at its field", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...notice("x", 1000), id: undefined }, "id", "required"],
      [notice("x", 1000.5), "transferAmount", "not_whole_number"],
      [notice("x", 0), "transferAmount", "too_small"],
      [notice("x", 1000, { transactionDate: "hôm qua" }), "transactionDate", "date_invalid"],
      [notice("x", 1000, { transferType: "sideways" }), "transferType", "invalid_value"],
    ]
    for (const [body, field, code] of cases) {
      const answer = await notify(body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.body).toMatchObject({ code, field })
    }
  })
})

describe("the admin", () => {
  it("marks a transfer received with a note, once, and only for an order paid that way", async () => {
    const placed = await transferOrder()
    const mark = (orderId: string, body: unknown) =>
      apiCall(stack.backendUrl, "POST", `/admin/ocop/orders/${orderId}/bank-transfer`, admin, body)
    expect((await mark(placed.id, { note: "" })).body).toMatchObject({ code: "too_small", field: "note" })
    const done = await mark(placed.id, { note: "Đã thấy trên sao kê Vietcombank ngày 04/12" })
    expect(done.status, done.text).toBe(200)
    expect(done.body.outcome).toBe("captured")
    expect((await paymentOf(placed.id)).captured_at).not.toBeNull()
    expect((await mark(placed.id, { note: "lần hai" })).body).toMatchObject({ code: "order_paid_already" })
    const view = await apiCall(stack.backendUrl, "GET", `/admin/ocop/orders/${placed.id}/bank-transfer`, admin)
    expect(view.body.transfer).toMatchObject({ reference: placed.reference, captured: true })
    expect(view.body.notices[0]).toMatchObject({ source: "admin", note: "Đã thấy trên sao kê Vietcombank ngày 04/12" })

    const cod = await readyCart(stack, pack.variant_id)
    const codOrder = (await store("POST", `/store/carts/${cod}/complete`, {})).body.order.id
    expect((await mark(codOrder, { note: "nhầm đơn" })).body).toMatchObject({ code: "transfer_not_used" })
  })
})

describe("an order not paid in time", () => {
  it("is cancelled, its stock released, and says so; a late transfer is recorded, not captured", async () => {
    const placed = await transferOrder()
    const before = await reservedUnits(stack.databaseUrl, pack.inventory_item_id)
    // its deadline passed (VIETQR_PAYMENT_HOURS is hours; the job here runs every 3 s)
    await sql(
      `update payment set data = jsonb_set(data, '{expires_at}', to_jsonb((now() - interval '1 minute')::text))
        where id in (select p.id from payment p join order_payment_collection opc
                      on opc.payment_collection_id = p.payment_collection_id where opc.order_id = $1)`,
      [placed.id],
    )
    let status = ""
    for (let i = 0; i < 60 && status !== "canceled"; i++) {
      await new Promise((r) => setTimeout(r, 500))
      status = (await sql<{ status: string }>(`select status from "order" where id = $1`, [placed.id]))[0]!.status
    }
    expect(status).toBe("canceled")
    expect(await reservedUnits(stack.databaseUrl, pack.inventory_item_id)).toBe(before - 1)
    const shown = await store("GET", `/store/ocop/orders/${placed.id}/transfer`, undefined, {
      "x-order-token": placed.token,
    })
    expect(shown.body.transfer.status).toBe("canceled")
    const late = notice(`CT ${placed.reference}`, placed.total)
    expect((await notify(late)).body).toMatchObject({ code: "order_canceled" })
    expect(await noticesFor(late.id)).toEqual([{ outcome: "order_canceled", order_id: placed.id }])
    expect((await paymentOf(placed.id)).captured_at).toBeNull()
  }, 60_000)
})
