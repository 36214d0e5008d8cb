/**
 * Two storefront instances, one cache (stack-redis): with REDIS_URL the storefront keeps its cached
 * pages in Redis (storefront/cache-handler.mjs). A second `next start` beside the stack's serves the
 * page the first one rendered, and when a price changes, the one notice the backend sends (to the
 * first instance) makes both show the new price.
 */
import path from "node:path"
import Medusa from "@medusajs/js-sdk"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { formatVnd } from "@ocop-market/ocop"
import { freePort, startStorefront, type RunningProcess } from "@ocop-market/stack"
import { apiCall } from "../support/http"

const stack = inject("stack")
const root = path.resolve(import.meta.dirname, "../..")
const HANDLE = "binh-hoa-bang-coi-viet-anh"
const page = `/san-pham/${HANDLE}`
const price = (n: number) => formatVnd(n).replace(" ", "\u00a0")

let second: RunningProcess
let secondUrl: string
let adminToken: string
let product: { id: string; variantId: string; price: number }
let regionId: string

async function visit(base: string) {
  const res = await fetch(base + page)
  return { html: await res.text(), cache: res.headers.get("x-nextjs-cache") }
}

beforeAll(async () => {
  const port = await freePort()
  secondUrl = `http://127.0.0.1:${port}`
  // the same settings npm start gives the first instance (packages/stack/src/stack.ts)
  second = await startStorefront(
    root,
    path.join(stack.logDir, "storefront-2"),
    {
      ...process.env,
      MEDUSA_BACKEND_URL: stack.backendUrl,
      MEDUSA_PUBLISHABLE_KEY: stack.publishableKey,
      STOREFRONT_URL: secondUrl,
      STOREFRONT_REVALIDATE_SECRET: stack.revalidateSecret,
      REDIS_URL: stack.redisUrl,
      COOKIE_SECURE: "false",
    },
    { port },
  )
  const sdk = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  adminToken = (await sdk.auth.login("user", "emailpass", {
    email: stack.adminEmail,
    password: stack.adminPassword,
  })) as string
  const store = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
  const { regions } = await store.store.region.list()
  regionId = regions[0]!.id
  const { products } = await store.store.product.list({
    handle: HANDLE,
    region_id: regions[0]!.id,
    fields: "id,*variants.calculated_price",
  })
  const v = products[0]!.variants![0]!
  product = { id: products[0]!.id, variantId: v.id, price: v.calculated_price!.calculated_amount! }
}, 180_000)

const setPrice = (amount: number) =>
  apiCall(stack.backendUrl, "POST", `/admin/products/${product.id}/variants/${product.variantId}`, adminToken, {
    prices: [{ currency_code: "vnd", amount }],
  })

afterAll(async () => {
  if (product) await setPrice(product.price)
  await second?.stop()
})

describe("two storefront instances on one Redis", () => {
  it("share the cache: a page one rendered is a hit on the other, and one notice refreshes both", async () => {
    // rendered by the stack's instance (written to Redis just after the answer), then served from
    // Redis by the second one, which never rendered it. (Tried until then: a freshly seeded stack's
    // workers are still telling the storefront about the seed's products for half a minute.)
    const shared = async () => {
      await visit(stack.storefrontUrl)
      await new Promise((r) => setTimeout(r, 300))
      return (await visit(secondUrl)).cache
    }
    await expect.poll(shared, { timeout: 60_000, interval: 1_000 }).toBe("HIT")

    const next = product.price + 11_000
    expect((await setPrice(next)).status).toBe(200)
    // the store API has it at once (Medusa's own cache follows the change)
    const store = () =>
      fetch(
        `${stack.backendUrl}/store/products?handle=${HANDLE}&fields=*variants.calculated_price&region_id=${regionId}`,
        {
          headers: { "x-publishable-api-key": stack.publishableKey },
        },
      ).then(async (r) => ((await r.json()) as any).products[0].variants[0].calculated_price.calculated_amount)
    await expect.poll(store, { timeout: 10_000, interval: 100, message: "store API" }).toBe(next)
    for (const base of [stack.storefrontUrl, secondUrl]) {
      await expect
        .poll(async () => (await visit(base)).html.includes(price(next)), {
          timeout: 10_000,
          interval: 100,
          message: base,
        })
        .toBe(true)
    }
    // the new page is shared again
    const again = await visit(secondUrl)
    expect(again.html).toContain(price(next))
    expect((await visit(stack.storefrontUrl)).html).toContain(price(next))
  })
})
