/**
 * Search down, shop selling. Meilisearch is killed mid-use, and its port held by something that
 * drops every connection, so the watchdog's restarts fail for a while (as a crash loop would):
 * search answers 503 with Retry-After and a code, the catalogue lists products from the database
 * with a notice, the search box still suggests, an order completes and a product is added. Then
 * the port is let go: the watchdog (packages/stack/src/watchdog.ts) brings Meilisearch back, and
 * the index catches up with everything written while it was away.
 */
import fs from "node:fs"
import net from "node:net"
import Medusa from "@medusajs/js-sdk"
import { afterAll, describe, expect, inject, it } from "vitest"
import { storeProduct } from "../support/admin"
import { sql as sqlOn } from "../support/db"
import { indexSettled } from "../support/search"
import { placeCodOrder } from "../support/shop"

const stack = inject("stack")
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  sqlOn<T>(stack.databaseUrl, text, params)
const port = Number(new URL(stack.meilisearchHost).port)
const headers = { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey }
const search = (q: string) =>
  fetch(`${stack.backendUrl}/store/search`, {
    method: "POST",
    headers,
    body: JSON.stringify({ entity: "product", filters: { q }, pagination: { take: 5 } }),
  })

/** The bundled Meilisearch of this stack: the process listening on its port. */
function meilisearchPid(): number | undefined {
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const argv = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")
      if (argv[0]?.endsWith("meilisearch") && argv.includes(`127.0.0.1:${port}`)) return Number(pid)
    } catch {
      // gone meanwhile
    }
  }
  return undefined
}

/** Listens on the port as soon as it is free: every connection is dropped at once. */
async function holdPort(p: number): Promise<net.Server> {
  for (let tries = 0; ; tries++) {
    const server = net.createServer((socket) => socket.destroy())
    const ok = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false))
      server.listen(p, "127.0.0.1", () => resolve(true))
    })
    if (ok) return server
    if (tries > 100) throw new Error(`port ${p} stayed in use`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

let squatter: net.Server | undefined
let throwaway: string | undefined
const admin = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
afterAll(async () => {
  squatter?.close()
  if (throwaway) await admin.admin.product.delete(throwaway).catch(() => undefined)
})

describe("Meilisearch killed mid-use", () => {
  it("keeps the shop selling, and the index whole once the watchdog has it back", async () => {
    await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
    const { variantId } = await storeProduct(stack, "nuoc-mam-le-gia-cot-dac-biet-40n")
    expect((await search("nuoc mam")).status).toBe(200)

    const pid = meilisearchPid()
    expect(pid, "the stack's Meilisearch process").toBeDefined()
    process.kill(pid!, "SIGKILL")
    // the port is taken at once: each restart finds it in use, and every request to it is dropped
    squatter = await holdPort(port)
    const down = Date.now()

    const refused = await search("nuoc mam")
    expect(refused.status).toBe(503)
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0)
    expect(await refused.json()).toMatchObject({ code: "search_unavailable" })

    // the catalogue from the database (a page no one has cached), with the notice
    const catalogue = await fetch(`${stack.storefrontUrl}/san-pham?page=2`)
    expect(catalogue.status).toBe(200)
    const html = await catalogue.text()
    expect(html).toContain('data-testid="search-limited"')
    expect(html).toContain("Tìm kiếm đang tạm bị giới hạn")
    expect((html.match(/href="\/san-pham\/[a-z0-9-]+"/g) ?? []).length).toBeGreaterThanOrEqual(12)

    // the search box suggests from the database
    const box = await fetch(`${stack.storefrontUrl}/api/search?q=${encodeURIComponent("Nước mắm")}`)
    expect(box.status).toBe(200)
    const suggested = (await box.json()) as { suggestions: { title: string }[]; limited?: boolean }
    expect(suggested.limited).toBe(true)
    expect(suggested.suggestions.map((s) => s.title)).toContain("Nước mắm Lê Gia – Cốt đặc biệt 40N")

    // shoppers still buy; the province still adds products
    const orderId = await placeCodOrder(stack, variantId)
    expect(orderId).toMatch(/^order_/)
    const [channel] = await sql<{ id: string }>(`select id from sales_channel where name = 'OCOP Market'`)
    const [profile] = await sql<{ id: string }>(`select id from shipping_profile limit 1`)
    const title = `Chè lam Phủ Quảng thêm khi tìm kiếm tắt ${Date.now()}`
    const { product } = await admin.admin.product.create({
      title,
      status: "published",
      shipping_profile_id: profile!.id,
      sales_channels: [{ id: channel!.id }],
      options: [{ title: "Quy cách", values: ["Gói"] }],
      variants: [{ title: "Gói", options: { "Quy cách": "Gói" }, prices: [{ currency_code: "vnd", amount: 45000 }] }],
    })
    throwaway = product.id
    console.info(`search down: orders and writes went on for ${((Date.now() - down) / 1000).toFixed(1)} s`)

    // let the port go: the watchdog's next restart works, and the index catches up
    await new Promise((r) => squatter!.close(r))
    squatter = undefined
    const deadline = Date.now() + 90_000
    while ((await search("nuoc mam").then((r) => r.status)) !== 200) {
      expect(Date.now()).toBeLessThan(deadline)
      await new Promise((r) => setTimeout(r, 500))
    }
    console.info(`search down: back ${((Date.now() - down) / 1000).toFixed(1)} s after the kill`)
    expect(meilisearchPid()).not.toBe(pid)
    await indexSettled(stack)
    const found = await (await search(title)).json()
    expect(found.results[0].hits.map((h: { id: string }) => h.id)).toContain(product.id)
  }, 180_000)
})
