/**
 * `npm run bench:web`: the storefront's production build on a stack of its own, measured the way a
 * phone sees it. For the home, catalogue and product pages: Lighthouse's mobile performance score
 * (the `lighthouse` package in Debian's Chromium, its default mobile emulation and simulated
 * throttling; median of 3 runs), LCP, CLS, total blocking time, first-load JavaScript (gzip), and
 * time to first byte p50/p95 under load (8 concurrent clients). Prints figures and the targets.
 */
import zlib from "node:zlib"
import { chromiumPath } from "../tests/support/browser"
import { benchStack, ms, pct } from "./lib/bench"

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3
const LOAD_REQUESTS = 200
const CONCURRENCY = 8
const PAGES = [
  { name: "home", path: "/" },
  { name: "catalogue", path: "/san-pham" },
  { name: "product", path: "/san-pham/nuoc-mam-le-gia-cot-dac-biet-40n" },
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

async function ttfbUnderLoad(url: string): Promise<{ p50: number; p95: number }> {
  const times: number[] = []
  let next = 0
  async function client() {
    while (next < LOAD_REQUESTS) {
      next += 1
      const t0 = performance.now()
      const res = await fetch(url)
      times.push(performance.now() - t0) // fetch resolves when the headers arrive
      await res.arrayBuffer()
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, client))
  return { p50: pct(times, 50), p95: pct(times, 95) }
}

async function main() {
  console.log("bench:web — starting a stack of its own (production builds)…")
  const stack = await benchStack()
  const { default: lighthouse } = await import("lighthouse")
  const chromeLauncher = await import("chrome-launcher")
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS })
  const rows: string[][] = []
  try {
    const base = stack.storefrontDirect
    for (const page of PAGES) {
      await fetch(base + page.path).then((r) => r.text()) // warm the server once
      const runs: { score: number; lcp: number; cls: number; tbt: number }[] = []
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(base + page.path, {
          port: chrome.port,
          output: "json",
          onlyCategories: ["performance"],
          logLevel: "error",
        })
        const a = result!.lhr.audits
        runs.push({
          score: Math.round((result!.lhr.categories.performance!.score ?? 0) * 100),
          lcp: a["largest-contentful-paint"]!.numericValue!,
          cls: a["cumulative-layout-shift"]!.numericValue!,
          tbt: a["total-blocking-time"]!.numericValue!,
        })
        process.stdout.write(`\r  ${page.name}: Lighthouse run ${i + 1}/${RUNS}`)
      }
      const js = await firstLoadJsGzip(base, page.path)
      const ttfb = await ttfbUnderLoad(base + page.path)
      process.stdout.write("\n")
      rows.push([
        page.name,
        String(median(runs.map((r) => r.score))),
        `${(median(runs.map((r) => r.lcp)) / 1000).toFixed(2)} s`,
        median(runs.map((r) => r.cls)).toFixed(3),
        `${Math.round(median(runs.map((r) => r.tbt)))} ms`,
        `${(js / 1024).toFixed(1)} KB`,
        ms(ttfb.p50),
        ms(ttfb.p95),
      ])
    }
  } finally {
    await chrome.kill()
    await stack.stop()
  }
  const head = [
    "page",
    "Lighthouse",
    "LCP",
    "CLS",
    "TBT",
    "first-load JS (gzip)",
    `TTFB p50 (${CONCURRENCY} clients)`,
    "TTFB p95",
  ]
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ")
  console.log(`\n${line(head)}\n${line(widths.map((w) => "-".repeat(w)))}\n${rows.map(line).join("\n")}`)
  console.log(
    "\ntargets: Lighthouse ≥ 95 on each, LCP ≤ 2.5 s, CLS ≤ 0.1, first-load JS ≤ 120 KB gzip on the product page",
  )
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
