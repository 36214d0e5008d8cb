/**
 * `npm run bench:web [-- --runs 3 --requests 1000]`: the storefront's production build on a stack of
 * its own, measured as visitors and a campaign's crowd see it. For the home, catalogue, a search's
 * results, product, producer, campaign and statistics pages:
 *   - response time p50 / p95 with 1, 8 and 32 concurrent clients (autocannon), and pages per second at 32;
 *   - the cache hit ratio of all those requests (x-nextjs-cache);
 *   - Lighthouse (Debian's Chromium, mobile emulation, simulated throttling; median of `runs`):
 *     performance, accessibility, SEO, best practices; first-load JavaScript (gzip);
 * then freshness: 10 price changes through the admin API, each timed until the product page, the
 * home page and the catalogue card show it (median and worst). Prints figures; asserts nothing.
 */
import zlib from "node:zlib"
import autocannon from "autocannon"
import { formatVnd } from "@ocop-market/ocop"
import { chromiumPath } from "../tests/support/browser"
import { adminClient } from "./lib/admin-client"
import { benchStack, ms, pct } from "./lib/bench"

const arg = (name: string, fallback: number) =>
  process.argv.includes(`--${name}`) ? Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) : fallback
const RUNS = arg("runs", 3)
const REQUESTS = arg("requests", 1000)
const CLIENTS = [1, 8, 32]
const CHANGES = 10
const PRODUCT = "nuoc-mam-le-gia-cot-dac-biet-40n"
const CAMPAIGN = "tuan-le-coi-nga-son-bench"
const PAGES = [
  { name: "home", path: "/" },
  { name: "catalogue", path: "/san-pham" },
  { name: "search", path: "/san-pham?q=nuoc+mam&star=4" },
  { name: "product", path: `/san-pham/${PRODUCT}` },
  { name: "producer", path: "/chu-the/{producer}" },
  { name: "campaign", path: `/chien-dich/${CAMPAIGN}` },
  { name: "statistics", path: "/thong-ke" },
]
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
]
const CATEGORIES = ["performance", "accessibility", "seo", "best-practices"] as const

const median = (xs: number[]) => pct(xs, 50)

async function firstLoadJsGzip(base: string, path: string): Promise<number> {
  const html = await (await fetch(base + path)).text()
  // every script the page loads; the noModule polyfills are only for browsers without ES modules
  const tags = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnoModule\b/i.test(m[0]))
  const srcs = [...new Set(tags.map((m) => m[1]!))]
  let bytes = 0
  for (const src of srcs)
    bytes += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length
  return bytes
}

type Load = { p50: number; p95: number; perSecond: number; hits: number; total: number }

/**
 * `REQUESTS` requests from `clients` clients at once, by autocannon (a load generator that parses
 * little and decompresses nothing, so the shop gets the cores it shares with the client), asking
 * for gzip as a browser does. Times are to the response's last byte: TTFB or a little more.
 */
async function load(url: string, clients: number): Promise<Load> {
  const times: number[] = []
  let hits = 0
  // pages per second from the first answer to the last (autocannon's own duration ends on its 1 s tick)
  let first = 0
  let last = 0
  // without a callback autocannon is both the run (an event emitter) and its result (a promise)
  const instance = autocannon({
    url,
    connections: clients,
    amount: REQUESTS,
    headers: { "accept-encoding": "gzip, deflate, br, zstd" },
    requests: [
      {
        method: "GET",
        onResponse: (_status, _body, _context, headers) => {
          if (headers?.["x-nextjs-cache"] === "HIT") hits += 1
        },
      },
    ],
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>
  instance.on("response", (_client: unknown, status: number, _bytes: number, time: number) => {
    last = performance.now()
    first ||= last - time
    if (status < 400) times.push(time)
  })
  const result = await instance
  if (result.errors || result.non2xx) throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} not 2xx`)
  return {
    p50: pct(times, 50),
    p95: pct(times, 95),
    perSecond: times.length / ((last - first) / 1000),
    hits,
    total: times.length,
  }
}

/** How long until `url` shows `text`, polled every 50 ms (30 s at most). */
async function until(url: string, text: string): Promise<number> {
  const t0 = performance.now()
  while (performance.now() - t0 < 30_000) {
    if ((await (await fetch(url)).text()).includes(text)) return performance.now() - t0
    await new Promise((r) => setTimeout(r, 50))
  }
  return Number.POSITIVE_INFINITY
}

function table(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ")
  return `${line(head)}\n${line(widths.map((w) => "-".repeat(w)))}\n${rows.map(line).join("\n")}`
}

async function main() {
  console.log("bench:web — starting a stack of its own (production builds)…")
  const stack = await benchStack()
  const admin = await adminClient(stack.backendDirect)
  const base = stack.storefrontDirect
  // the product, its producer, and a running campaign on it
  const { body: found } = await admin<{ products: { id: string; variants: { id: string }[] }[] }>(
    `/admin/products?handle=${PRODUCT}&fields=id,variants.id`,
  )
  const product = found.products[0]!
  const store = await fetch(`${stack.backendDirect}/store/products?handle=${PRODUCT}&fields=id,+producer.handle`, {
    headers: { "x-publishable-api-key": stack.publishableKey },
  }).then((r) => r.json() as Promise<{ products: { producer: { handle: string } }[] }>)
  const producer = store.products[0]!.producer.handle
  const campaign = await admin("/admin/ocop/campaigns", {
    method: "POST",
    body: {
      handle: CAMPAIGN,
      title_vi: "Tuần lễ nước mắm (đo hiệu năng)",
      title_en: "Fish sauce week (benchmark)",
      kind: "online_week",
      starts_at: new Date(Date.now() - 60_000).toISOString(),
      ends_at: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      discount: { type: "percentage", value: 10 },
      target: { product_ids: [product.id] },
    },
  })
  if (!campaign.ok) throw new Error(`cannot create the benchmark's campaign: ${JSON.stringify(campaign.body)}`)

  const { default: lighthouse } = await import("lighthouse")
  const chromeLauncher = await import("chrome-launcher")
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS })
  const speed: string[][] = []
  const quality: string[][] = []
  const freshness: string[][] = []
  let hits = 0
  let total = 0
  try {
    for (const page of PAGES) {
      const url = base + page.path.replace("{producer}", producer)
      await fetch(url).then((r) => r.text()) // the first visit renders it
      const loads: Load[] = []
      for (const clients of CLIENTS) {
        process.stdout.write(`\r  ${page.name}: ${clients} client(s)…        `)
        loads.push(await load(url, clients))
      }
      for (const l of loads) {
        hits += l.hits
        total += l.total
      }
      const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]))
      // the crowd's last answers and the garbage they leave are done before Lighthouse looks
      await new Promise((r) => setTimeout(r, 3_000))
      for (let i = 0; i < RUNS; i++) {
        process.stdout.write(`\r  ${page.name}: Lighthouse run ${i + 1}/${RUNS}        `)
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          onlyCategories: [...CATEGORIES],
          logLevel: "error",
        })
        for (const c of CATEGORIES) scores[c]!.push(Math.round((result!.lhr.categories[c]?.score ?? 0) * 100))
      }
      const js = await firstLoadJsGzip(base, page.path.replace("{producer}", producer))
      process.stdout.write(`\r  ${page.name}: done${" ".repeat(30)}\n`)
      speed.push([
        page.name,
        ...loads.map((l) => `${ms(l.p50)} / ${ms(l.p95)}`),
        loads[2]!.perSecond.toFixed(0),
        `${((loads.reduce((n, l) => n + l.hits, 0) / loads.reduce((n, l) => n + l.total, 0)) * 100).toFixed(1)} %`,
      ])
      quality.push([page.name, ...CATEGORIES.map((c) => String(median(scores[c]!))), `${(js / 1024).toFixed(1)} KB`])
    }

    // freshness: a price changed in the admin, timed until each page shows it
    // a product on the home page (the newest certified) with one pack, so its price is the card's price
    const newest = await fetch(`${stack.backendDirect}/store/search`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
      body: JSON.stringify({
        entity: "product",
        filters: {},
        pagination: { take: 8, skip: 0, order: { certified_on: "DESC" } },
      }),
    }).then((r) => r.json() as Promise<{ results: { hits: { document: { handle: string } }[] }[] }>)
    const handles = newest.results[0]!.hits.map((h) => h.document.handle)
    const { body: packs } = await admin<{ products: { handle: string; variants: unknown[] }[] }>(
      `/admin/products?${handles.map((h) => `handle[]=${h}`).join("&")}&fields=handle,variants.id`,
    )
    const FRESH = handles.find((h) => packs.products.find((p) => p.handle === h)?.variants.length === 1)!
    const { body: fresh } = await admin<{ products: { id: string; variants: { id: string }[] }[] }>(
      `/admin/products?handle=${FRESH}&fields=id,variants.id`,
    )
    const watched = [
      { name: "product page", url: `${base}/san-pham/${FRESH}` },
      { name: "home page", url: `${base}/` },
      { name: "catalogue card", url: `${base}/san-pham?q=${FRESH.split("-").join("+")}` },
    ]
    const times: number[][] = watched.map(() => [])
    for (let i = 1; i <= CHANGES; i++) {
      await Promise.all(watched.map((w) => fetch(w.url).then((r) => r.text())))
      const amount = 150_000 + i * 1_000
      await admin(`/admin/products/${fresh.products[0]!.id}/variants/${fresh.products[0]!.variants[0]!.id}`, {
        method: "POST",
        body: { prices: [{ currency_code: "vnd", amount }] },
      })
      const text = formatVnd(amount).replace(" ", "\u00a0")
      const each = await Promise.all(watched.map((w) => until(w.url, text)))
      each.forEach((t, j) => times[j]!.push(t))
      process.stdout.write(`\r  freshness: change ${i}/${CHANGES}`)
    }
    process.stdout.write(`\n  (${FRESH})\n`)
    watched.forEach((w, j) => freshness.push([w.name, ms(median(times[j]!)), ms(Math.max(...times[j]!))]))
  } finally {
    await chrome.kill()
    await stack.stop()
  }
  console.log(
    `\n${table(["page", ...CLIENTS.map((c) => `ms p50 / p95, ${c} client${c > 1 ? "s" : ""}`), "pages/s (32)", "cache hits"], speed)}`,
  )
  console.log(`\ncache hit ratio over all ${total} requests: ${((hits / total) * 100).toFixed(1)} %`)
  console.log(`\n${table(["page", ...CATEGORIES.map((c) => `Lighthouse ${c}`), "first-load JS (gzip)"], quality)}`)
  console.log(`\n${table(["change → visible", "median", "worst"], freshness)}  (${CHANGES} price changes)`)
  console.log(
    "\ntargets: p95 ≤ 50 ms at 32 clients, Lighthouse ≥ 97 on each, first-load JS ≤ 120 KB gzip on the product page, a change visible within 2 s",
  )
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
