/**
 * Shoppers racing for the last units (backend/src/api/store/checkout-admission.ts, and
 * backend/src/api/utils/errors.ts raceConflict behind it): 50 carts ready to complete for a pack
 * with 5 units left, completed at once, one unit each, then again with two units each — on one
 * process, and on two servers sharing Redis. Exactly the orders the stock allows; every other cart
 * 409 (`out_of_stock`, or `cart_busy` had Medusa's stock lock timed out) and kept; not one 5xx; the
 * stock reserved is what the orders hold. A double-tapped "add" on one cart: no 5xx either.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import Medusa from "@medusajs/js-sdk"
import { readyCart } from "../../scripts/lib/buyer"
import { mostStockedPack, reservedUnits, sql } from "../../tests/support/db"

const stack = inject("stack")
const admin = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
const headers = { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey }
let pack: Awaited<ReturnType<typeof mostStockedPack>>

const level = async () =>
  (
    await sql<{ stocked: number; reserved: number }>(
      stack.databaseUrl,
      `select stocked_quantity::int as stocked, reserved_quantity::int as reserved from inventory_level
        where inventory_item_id = $1 and location_id = $2`,
      [pack.inventory_item_id, pack.location_id],
    )
  )[0]!

/** Leaves `units` available to sell. */
async function leave(units: number) {
  const { reserved } = await level()
  await admin.admin.inventoryItem.updateLevel(pack.inventory_item_id, pack.location_id, {
    stocked_quantity: reserved + units,
  })
}

beforeAll(async () => {
  await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
  pack = await mostStockedPack(stack.databaseUrl)
})
afterAll(async () => {
  await admin.admin.inventoryItem.updateLevel(pack.inventory_item_id, pack.location_id, {
    stocked_quantity: pack.stocked + (await level()).reserved,
  })
})

async function race(carts: number, unitsEach: number, left: number) {
  await leave(carts * unitsEach) // enough to put every cart together
  const ids: string[] = []
  for (let i = 0; i < carts; i += 10) {
    const batch = Array.from({ length: Math.min(10, carts - i) }, (_, k) =>
      readyCart(stack, pack.variant_id, { quantity: unitsEach, email: `dua.${i + k}@example.vn` }),
    )
    ids.push(...(await Promise.all(batch)))
  }
  await leave(left)
  const reservedBefore = await reservedUnits(stack.databaseUrl, pack.inventory_item_id)
  const t0 = performance.now()
  const answers = await Promise.all(
    ids.map(async (id) => {
      const res = await fetch(`${stack.backendUrl}/store/carts/${id}/complete`, { method: "POST", headers })
      const body = (await res.json()) as { type?: string; order?: { id: string }; code?: string }
      return { status: res.status, ms: performance.now() - t0, order: body.order?.id, code: body.code }
    }),
  )
  const orders = answers.filter((a) => a.order)
  const refused = answers.filter((a) => !a.order)
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b)
  console.log(
    `${carts} carts × ${unitsEach} for ${left} units: ${orders.length} orders, refusals ${JSON.stringify(
      Object.fromEntries(
        [...new Set(refused.map((r) => `${r.status} ${r.code}`))].map((k) => [
          k,
          refused.filter((r) => `${r.status} ${r.code}` === k).length,
        ]),
      ),
    )}, complete p50 ${ms[Math.floor(ms.length / 2)]!.toFixed(0)} / p95 ${ms[Math.floor(ms.length * 0.95)]!.toFixed(0)} ms`,
  )
  return { answers, orders, refused, reservedBefore }
}

describe("shoppers racing for the last units", () => {
  it.each([
    [50, 1, 5, 5],
    [50, 2, 5, 2],
  ])(
    "%i carts of %i unit(s) for %i units left: %i orders, the rest refused with 409",
    async (carts, units, left, expected) => {
      const { answers, orders, refused, reservedBefore } = await race(carts, units, left)
      expect(answers.filter((a) => a.status >= 500)).toEqual([])
      expect(orders).toHaveLength(expected)
      expect(refused.every((r) => r.status === 409 && (r.code === "out_of_stock" || r.code === "cart_busy"))).toBe(true)
      expect((await reservedUnits(stack.databaseUrl, pack.inventory_item_id)) - reservedBefore).toBe(expected * units)
      const { stocked, reserved } = await level()
      expect(stocked - reserved).toBe(left - expected * units)
    },
    // 50 carts put together one by one take most of it
    240_000,
  )

  it("answers a double-tapped add on one cart without a server error", async () => {
    await leave(100)
    const { cart } = await (
      await fetch(`${stack.backendUrl}/store/carts`, { method: "POST", headers, body: JSON.stringify({}) })
    ).json()
    const taps = await Promise.all(
      Array.from({ length: 6 }, () =>
        fetch(`${stack.backendUrl}/store/carts/${cart.id}/line-items`, {
          method: "POST",
          headers,
          body: JSON.stringify({ variant_id: pack.variant_id, quantity: 1 }),
        }).then(async (r) => ({ status: r.status, code: ((await r.json()) as { code?: string }).code })),
      ),
    )
    expect(taps.filter((t) => t.status >= 500)).toEqual([])
    expect(taps.every((t) => t.status === 200 || (t.status === 409 && t.code === "cart_busy"))).toBe(true)
  })
})
