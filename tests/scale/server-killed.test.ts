/**
 * A backend server process killed mid-load in the scaled setup (stack-redis: 2 servers on one
 * port, 2 workers). Buyers keep placing cash-on-delivery orders through the store API while one
 * server is killed with SIGKILL: the cluster starts another; every order a buyer was told about
 * exists once; no cart became two orders; the failed requests are at most those in flight; the
 * stock reserved is exactly what the orders hold.
 */
import Medusa from "@medusajs/js-sdk"
import { describe, expect, inject, it } from "vitest"
import { mostStockedPack, reservedUnits, sql } from "../support/db"
import { backendProcesses } from "../support/processes"
import { placeCodOrder } from "../support/shop"

const stack = inject("stack")
const BUYERS = 6
const SECONDS = 24
const KILL_AFTER_MS = 8_000

const cluster = () => {
  const { primary, servers } = backendProcesses(stack.databaseUrl)
  return { primary: primary?.pid, servers: servers.map((p) => p.pid) }
}

async function serving(): Promise<boolean> {
  const res = await fetch(`${stack.backendUrl}/store/regions`, {
    headers: { "x-publishable-api-key": stack.publishableKey },
  }).catch(() => undefined)
  return res?.status === 200
}

describe("a backend server killed mid-load", () => {
  it("is replaced, and no order is lost, doubled or half-written", async () => {
    expect(stack.setup).toBe("scaled")
    const before = cluster()
    expect(before.servers).toHaveLength(2)
    // the pack with the most stock, topped up through the admin API so no order fails for stock
    const pack = await mostStockedPack(stack.databaseUrl)
    const token = (await new Medusa({
      baseUrl: stack.backendUrl,
      auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
    }).auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })) as string
    const topUp = await fetch(
      `${stack.backendUrl}/admin/inventory-items/${pack.inventory_item_id}/location-levels/${pack.location_id}`,
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ stocked_quantity: pack.stocked + 1000 }),
      },
    )
    expect(topUp.status).toBe(200)
    const reserved = () => reservedUnits(stack.databaseUrl, pack.inventory_item_id)
    const reservedBefore = await reserved()

    const accepted: string[] = []
    const carts: string[] = []
    const failures: string[] = []
    const until = Date.now() + SECONDS * 1000
    const buyer = async (n: number) => {
      while (Date.now() < until) {
        try {
          // as a shopper's browser or a load balancer would, give up on an answer after 30 s
          const id = await Promise.race([
            placeCodOrder(stack, pack.variant_id, { email: `dong.${n}@example.vn`, onCart: (c) => carts.push(c) }),
            new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no answer in 30 s")), 30_000)),
          ])
          accepted.push(id)
        } catch (err) {
          failures.push((err as Error).message)
        }
      }
    }
    const killed = new Promise<number>((resolve) =>
      setTimeout(() => {
        const victim = before.servers[0]!
        process.kill(victim, "SIGKILL")
        resolve(victim)
      }, KILL_AFTER_MS),
    )
    await Promise.all([...Array.from({ length: BUYERS }, (_, i) => buyer(i)), killed])
    const victim = await killed

    // the cluster has started another server in its place, and the shop answers
    await expect.poll(() => cluster().servers.length, { timeout: 60_000, interval: 500 }).toBe(2)
    expect(cluster().servers).not.toContain(victim)
    await expect.poll(serving, { timeout: 60_000, interval: 500 }).toBe(true)

    const orders = await sql<{ id: string; cart_id: string }>(
      stack.databaseUrl,
      `select o.id, oc.cart_id from "order" o join order_cart oc on oc.order_id = o.id
        where oc.cart_id = any($1) and oc.deleted_at is null`,
      [carts],
    )
    console.log(
      `server ${victim} killed after ${KILL_AFTER_MS / 1000} s of ${SECONDS} s with ${BUYERS} buyers: ` +
        `${accepted.length} orders confirmed, ${orders.length} in the database, ${failures.length} failed attempts` +
        (failures.length ? ` (${[...new Set(failures.map((f) => f.slice(0, 80)))].join("; ")})` : ""),
    )
    expect(accepted.length).toBeGreaterThan(BUYERS)
    // every confirmed order exists, once; no cart became two orders
    const ids = new Set(orders.map((o) => o.id))
    expect(accepted.every((id) => ids.has(id))).toBe(true)
    expect(new Set(orders.map((o) => o.cart_id)).size).toBe(orders.length)
    // only requests in flight on the killed process failed: at most one per buyer
    expect(failures.length).toBeLessThanOrEqual(BUYERS)
    // the stock reserved is what the orders in the database hold: nothing half-written
    expect((await reserved()) - reservedBefore).toBe(orders.length)
  }, 180_000)
})
