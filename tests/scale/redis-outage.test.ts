/**
 * Redis stopped for 10 s and started again under load, in the scaled setup (stack-redis). Buyers
 * keep ordering throughout. While Redis is gone a write answers 503 `service_unavailable` at once
 * (never 500, never a hang) and reads go on; the shop takes orders again by itself once Redis is
 * back, with no restart; and no order is half-written: every order a buyer was told about exists
 * once with its authorized payment, its cart is completed, and the stock reserved is what the
 * orders hold. Runs only on a Redis the tests started (it would stop someone else's).
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import { redisServerArgs, redisServerPath } from "@ocop-market/stack"
import { describe, expect, inject, it } from "vitest"
import { mostStockedPack, reservedUnits, sql } from "../support/db"
import { placeCodOrder } from "../support/shop"

const stack = inject("stack")
const BUYERS = 4
const OUTAGE_MS = 10_000

/** The redis-server behind the stack's REDIS_URL (it rewrites its command line to "redis-server host:port"). */
function redisServer(): { pid: number; port: number; dir: string } {
  const port = Number(new URL(stack.redisUrl!).port)
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8")
      if (cmdline.startsWith("redis-server") || cmdline.includes("/redis-server")) {
        if (cmdline.includes(`:${port}`)) return { pid: Number(pid), port, dir: fs.readlinkSync(`/proc/${pid}/cwd`) }
      }
    } catch {
      // gone, or not ours
    }
  }
  throw new Error(`no redis-server on port ${port}`)
}

const store = (path: string, init: RequestInit = {}) =>
  fetch(`${stack.backendUrl}${path}`, {
    ...init,
    headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
    signal: AbortSignal.timeout(30_000),
  })

type Probe = {
  at: number
  write: number
  code?: string
  read: number
  readMs: number
  ready: number
  redis?: string
  /** A storefront page (its cache is in Redis too): served from memory or rendered while Redis is gone. */
  page: number
}

describe.runIf(stack.ownRedis)("Redis stopped for 10 s under load", () => {
  it("refuses writes with 503 meanwhile, recovers by itself, and leaves no order half-written", async () => {
    const [region] = await sql<{ id: string }>(stack.databaseUrl, `select id from region limit 1`)
    const pack = await mostStockedPack(stack.databaseUrl)
    const reserved = () => reservedUnits(stack.databaseUrl, pack.inventory_item_id)
    const reservedBefore = await reserved()

    // buyers order from before the outage until well after it
    const accepted: { id: string; at: number }[] = []
    const carts: string[] = []
    const failures: { status?: number; message: string }[] = []
    let buying = true
    const buyer = async (n: number) => {
      while (buying) {
        try {
          const id = await placeCodOrder(stack, pack.variant_id, {
            email: `redis.${n}@example.vn`,
            onCart: (c) => carts.push(c),
          })
          accepted.push({ id, at: Date.now() })
        } catch (err) {
          failures.push({ status: (err as { status?: number }).status, message: (err as Error).message })
          await new Promise((r) => setTimeout(r, 500)) // a shopper tries again a moment later
        }
      }
    }
    const buyers = Array.from({ length: BUYERS }, (_, i) => buyer(i))
    await new Promise((r) => setTimeout(r, 4000))

    const redis = redisServer()
    process.kill(redis.pid, "SIGKILL")
    const stoppedAt = Date.now()
    const probes: Probe[] = []
    while (Date.now() - stoppedAt < OUTAGE_MS) {
      const write = await store("/store/carts", { method: "POST", body: JSON.stringify({ region_id: region!.id }) })
      const t0 = performance.now()
      const read = await store("/store/products?limit=1&fields=id")
      const readiness = await fetch(`${stack.backendUrl}/health/ready`)
      const page = await fetch(`${stack.storefrontUrl}/san-pham/mam-tom-le-gia`, {
        signal: AbortSignal.timeout(30_000),
      })
      const { checks } = (await readiness.json()) as { checks: { redis: string } }
      probes.push({
        ready: readiness.status,
        redis: checks.redis,
        at: Date.now() - stoppedAt,
        write: write.status,
        code: ((await write.json().catch(() => ({}))) as { code?: string }).code,
        read: read.status,
        readMs: performance.now() - t0,
        page: page.status,
      })
      await new Promise((r) => setTimeout(r, 500))
    }
    // started again as it was: same port and folder (its append-only file), so its queues come back
    spawn(redisServerPath(), redisServerArgs(redis.port, redis.dir), {
      cwd: redis.dir,
      detached: true,
      stdio: "ignore",
    }).unref()
    const startedAt = Date.now()
    let recovered = false
    while (!recovered && Date.now() - startedAt < 60_000) {
      const res = await store("/store/carts", { method: "POST", body: JSON.stringify({ region_id: region!.id }) })
      recovered = res.status === 200
      if (!recovered) await new Promise((r) => setTimeout(r, 250))
    }
    const recoveredInMs = Date.now() - startedAt
    await new Promise((r) => setTimeout(r, 10_000))
    buying = false
    await Promise.all(buyers)

    const orders = await sql<{ id: string; cart_id: string; completed: boolean; authorized: boolean }>(
      stack.databaseUrl,
      `select o.id, oc.cart_id, c.completed_at is not null as completed,
              exists (select 1 from order_payment_collection opc
                        join payment_collection pc on pc.id = opc.payment_collection_id
                       where opc.order_id = o.id and opc.deleted_at is null
                         and pc.status in ('authorized', 'completed')) as authorized
         from "order" o join order_cart oc on oc.order_id = o.id and oc.deleted_at is null
         join cart c on c.id = oc.cart_id
        where oc.cart_id = any($1)`,
      [carts],
    )
    const writes = probes.map((p) => p.write)
    console.log(
      `Redis down ${OUTAGE_MS / 1000} s: writes answered ${JSON.stringify(count(writes))}, reads ${JSON.stringify(count(probes.map((p) => p.read)))} ` +
        `(slowest read ${Math.max(...probes.map((p) => p.readMs)).toFixed(0)} ms), storefront pages ${JSON.stringify(count(probes.map((p) => p.page)))}; writes accepted again ${recoveredInMs} ms after Redis came back; ` +
        `${accepted.length} orders confirmed (${accepted.filter((a) => a.at > startedAt).length} after), ${orders.length} in the database, ` +
        `${failures.length} failed attempts ${JSON.stringify(count(failures.map((f) => f.status ?? 0)))}`,
    )

    // while Redis is gone: a clear 503 for writes (the first probe may still have found it up), reads answer
    expect(probes.length).toBeGreaterThanOrEqual(5)
    expect(writes.slice(1).every((s) => s === 503)).toBe(true)
    expect(probes.slice(1).every((p) => p.code === "service_unavailable")).toBe(true)
    expect(probes.every((p) => p.read === 200 || p.read === 503)).toBe(true)
    // the shop's pages still answer: the storefront renders them without its Redis cache
    expect(probes.map((p) => p.page)).toEqual(probes.map(() => 200))
    // and the readiness route says why, for a load balancer
    expect(probes.slice(1).every((p) => p.ready === 503 && p.redis === "down")).toBe(true)
    expect((await fetch(`${stack.backendUrl}/health/ready`)).status).toBe(200)
    // no 500 anywhere, for the probes or the buyers
    expect(failures.filter((f) => (f.status ?? 0) >= 500 && f.status !== 503)).toEqual([])
    // back by itself, and selling
    expect(recovered).toBe(true)
    expect(accepted.some((a) => a.at > startedAt + recoveredInMs)).toBe(true)
    // nothing half-written
    const ids = new Set(orders.map((o) => o.id))
    expect(accepted.every((a) => ids.has(a.id))).toBe(true)
    expect(new Set(orders.map((o) => o.cart_id)).size).toBe(orders.length)
    expect(orders.filter((o) => !o.completed || !o.authorized)).toEqual([])
    expect((await reserved()) - reservedBefore).toBe(orders.length)
  }, 180_000)
})

function count(xs: (number | string)[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const x of xs) out[x] = (out[x] ?? 0) + 1
  return out
}
