/**
 * `npm run bench:load [-- --shoppers N --buyers M --seconds T]`: a campaign's crowd on the shop.
 * On a stack of its own, once in the one-machine default (one backend process, in-process modules)
 * and once in the scaled setup (Redis, 2 backend servers and a worker; Redis from REDIS_URL or a
 * redis-server of its own), for T seconds at a time:
 * - N shoppers browse the storefront as people do: home, catalogue with facets and sort, search
 *   suggestions as they type, product pages, producer pages (autocannon, one instance a step, the
 *   shoppers shared among the steps);
 * - M buyers place orders through the store API: cart, pack, address, shipping, cash on delivery,
 *   complete (scripts/lib/buyer.ts), one after another.
 * Prints each step's p50 / p95 / p99, throughput and errors, then checks the database (every order
 * a buyer was told about exists once; the pack's available stock fell by exactly what was sold),
 * and the two setups side by side with their ratio. Asserts nothing: these machines are noisy.
 */
import Medusa from "@medusajs/js-sdk"
import autocannon from "autocannon"
import { queryRows, redisForRun } from "@ocop-market/stack"
import { benchStack, pct } from "./lib/bench"
import { buyWithCashOnDelivery, PURCHASE_STEPS } from "./lib/buyer"

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const n = i > 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name}: "${process.argv[i + 1]}" is not a positive whole number`)
  return n
}
const SHOPPERS = arg("shoppers", 16)
const BUYERS = arg("buyers", 4)
const SECONDS = arg("seconds", 30)

type Figures = { count: number; errors: number; p50: number; p95: number; p99: number; perSecond: number }
type Run = { steps: Map<string, Figures>; orders: string; stock: string }

const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!

function figures(latencies: number[], errors: number): Figures {
  return {
    count: latencies.length,
    errors,
    p50: latencies.length ? pct(latencies, 50) : NaN,
    p95: latencies.length ? pct(latencies, 95) : NaN,
    p99: latencies.length ? pct(latencies, 99) : NaN,
    perSecond: latencies.length / SECONDS,
  }
}

/** What a shopper asks for at each step, and how many of the shoppers are at that step. */
function browsingSteps(products: string[], producers: string[]) {
  const groups = ["food", "beverage", "herbal", "handicraft"]
  const sorts = ["relevance", "price_asc", "price_desc", "newest", "star"]
  const typed = ["n", "nu", "nuo", "nuoc", "nuoc m", "mat", "mat o", "che", "che l", "ruou", "gao", "mam t"]
  return [
    { name: "home", share: 0.15, path: () => "/" },
    {
      name: "catalogue",
      share: 0.25,
      path: () => `/san-pham?group=${pick(groups)}&sort=${pick(sorts)}${Math.random() < 0.5 ? "&star=4" : ""}`,
    },
    { name: "suggestions", share: 0.25, path: () => `/api/search?q=${encodeURIComponent(pick(typed))}` },
    { name: "product", share: 0.25, path: () => `/san-pham/${pick(products)}` },
    { name: "producer", share: 0.1, path: () => `/chu-the/${pick(producers)}` },
  ]
}

async function browse(base: string, step: { name: string; path: () => string }, connections: number) {
  const latencies: number[] = []
  let errors = 0
  const instance = autocannon({
    url: base,
    connections,
    duration: SECONDS,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: step.path() }) }],
  })
  instance.on("response", (_client, status, _bytes, ms) => (status < 400 ? latencies.push(ms) : errors++))
  const result = await instance
  return figures(latencies, errors + result.errors + result.timeouts)
}

async function measure(label: string, env: NodeJS.ProcessEnv): Promise<Run> {
  console.log(`\n${label}: starting a stack of its own…`)
  const stack = await benchStack(env)
  try {
    const rows = async <T>(sql: string, params: unknown[] = []) =>
      (await queryRows<T>(stack.databaseUrl, sql, params)) ?? []
    const products = (await rows<{ handle: string }>(`select handle from product where status = 'published'`)).map(
      (r) => r.handle,
    )
    const producers = (await rows<{ handle: string }>(`select handle from producer where deleted_at is null`)).map(
      (r) => r.handle,
    )
    // the pack with the most stock, topped up so that no order fails for stock
    const [pack] = await rows<{ variant_id: string; inventory_item_id: string; location_id: string; stocked: number }>(
      `select pvi.variant_id, l.inventory_item_id, l.location_id, l.stocked_quantity::int as stocked
         from inventory_level l join product_variant_inventory_item pvi on pvi.inventory_item_id = l.inventory_item_id
        where l.deleted_at is null and pvi.deleted_at is null order by l.stocked_quantity desc limit 1`,
    )
    const admin = new Medusa({ baseUrl: stack.backendDirect, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
    await admin.auth.login("user", "emailpass", {
      email: stack.config.adminEmail,
      password: stack.config.adminPassword,
    })
    await admin.admin.inventoryItem.updateLevel(pack!.inventory_item_id, pack!.location_id, {
      stocked_quantity: pack!.stocked + 100_000,
    })
    const available = async () =>
      Number(
        (
          await rows<{ n: string }>(
            `select sum(stocked_quantity - reserved_quantity) as n from inventory_level where inventory_item_id = $1`,
            [pack!.inventory_item_id],
          )
        )[0]!.n,
      )
    const steps = browsingSteps(products, producers)
    // warm-up: every page kind once, so the first shopper does not pay for a cold start
    for (const s of steps) await fetch(stack.storefrontDirect + s.path())
    const before = await available()

    console.log(`  ${SHOPPERS} shoppers and ${BUYERS} buyers for ${SECONDS} s…`)
    const buying = new Map<string, number[]>(PURCHASE_STEPS.map((s) => [s, []]))
    const buyErrors = new Map<string, number>()
    const accepted: string[] = []
    const carts: string[] = []
    const until = Date.now() + SECONDS * 1000
    const buyer = async (n: number) => {
      while (Date.now() < until) {
        try {
          accepted.push(
            await buyWithCashOnDelivery(
              { backendUrl: stack.backendDirect, publishableKey: stack.publishableKey },
              pack!.variant_id,
              {
                email: `dong.${n}@example.vn`,
                onCart: (id) => carts.push(id),
                onStep: (step, ms) => buying.get(step)!.push(ms),
              },
            ),
          )
        } catch (err) {
          const step = (err as Error).message.split(":")[0]!
          buyErrors.set(step, (buyErrors.get(step) ?? 0) + 1)
        }
      }
    }
    const [browsed] = await Promise.all([
      Promise.all(steps.map((s) => browse(stack.storefrontDirect, s, Math.max(1, Math.round(SHOPPERS * s.share))))),
      Promise.all(Array.from({ length: BUYERS }, (_, i) => buyer(i))),
    ])

    const result = new Map<string, Figures>()
    steps.forEach((s, i) => result.set(s.name, browsed[i]!))
    for (const s of PURCHASE_STEPS) result.set(`buy: ${s}`, figures(buying.get(s)!, buyErrors.get(s) ?? 0))

    // the database: each order a buyer was told about exists once, and stock fell by what was sold
    const orders = await rows<{ id: string; cart_id: string }>(
      `select o.id, oc.cart_id from "order" o join order_cart oc on oc.order_id = o.id
        where oc.cart_id = any($1) and oc.deleted_at is null`,
      [carts],
    )
    const ids = new Set(orders.map((o) => o.id))
    const missing = accepted.filter((id) => !ids.has(id)).length
    const doubled = orders.length - new Set(orders.map((o) => o.cart_id)).size
    const fell = before - (await available())
    return {
      steps: result,
      orders: `${accepted.length} confirmed, ${orders.length} in the database, ${missing} missing, ${doubled} carts with two orders`,
      stock: `available stock fell by ${fell} for ${orders.length} orders of 1 unit: ${fell === orders.length ? "exact" : "MISMATCH"}`,
    }
  } finally {
    await stack.stop()
  }
}

const cell = (f?: Figures) =>
  f
    ? `${f.p50.toFixed(0)} / ${f.p95.toFixed(0)} / ${f.p99.toFixed(0)} ms · ${f.perSecond.toFixed(1)}/s · ${f.errors} err`
    : "—"

async function main() {
  console.log(`bench:load — ${SHOPPERS} shoppers, ${BUYERS} buyers, ${SECONDS} s per setup`)
  const one = await measure("one machine (one backend process, in-process modules)", { REDIS_URL: "" })
  const redis = await redisForRun()
  let scaled: Run
  try {
    scaled = await measure("scaled (Redis, 2 backend servers, 1 worker)", {
      REDIS_URL: redis.url,
      OCOP_BACKEND_SERVERS: "2",
      OCOP_BACKEND_WORKERS: "1",
    })
  } finally {
    await redis.stop()
  }
  console.log(`\nstep: p50 / p95 / p99 · throughput · errors   (ratio = scaled ÷ one machine)`)
  for (const [name, f] of one.steps) {
    const s = scaled.steps.get(name)
    const ratio = s ? `p95 ×${(s.p95 / f.p95).toFixed(2)}, throughput ×${(s.perSecond / f.perSecond).toFixed(2)}` : ""
    console.log(`  ${name.padEnd(15)} one: ${cell(f)}\n  ${"".padEnd(15)} scaled: ${cell(s)}   ${ratio}`)
  }
  console.log(`\norders, one machine: ${one.orders}; ${one.stock}`)
  console.log(`orders, scaled:      ${scaled.orders}; ${scaled.stock}`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
