/**
 * `npm run bench:search [-- --size 100000]`: a catalogue of synthetic OCOP products in the product
 * search index of a stack of its own (temporary data folder, free ports), then, for one fixed mix
 * of queries with facets and filters: POST /store/search end to end, the same queries straight to
 * Meilisearch, their p50/p95/p99 and the ratio; and the write throughput of our provider.
 * Prints figures; asserts nothing (these machines are noisy).
 */
import { MeilisearchSearchProviderService } from "@ocop-market/medusa-search-meilisearch"
import { queryRows } from "@ocop-market/stack"
import { benchStack, pct } from "./lib/bench"

const SIZE = Number(process.argv[process.argv.indexOf("--size") + 1]) || 100_000
const ROUNDS = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 20

// A small deterministic generator, so two runs index the same catalogue.
let seed = 42
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!

const NAMES = ["Nước mắm", "Mắm tôm", "Mắm tép", "Chè lam", "Mật ong", "Bánh gai", "Kẹo lạc", "Gạo nếp", "Miến dong", "Tinh dầu sả", "Chiếu cói", "Rượu sim", "Trà xanh", "Nấm linh chi", "Dưa lưới", "Cam đường canh", "Giò lụa", "Nem chua", "Măng khô", "Tổ yến"]
const PLACES = ["Lê Gia", "Hoằng Hóa", "Thạch Thành", "Nga Sơn", "Thọ Xuân", "Vĩnh Lộc", "Như Xuân", "Hậu Lộc", "Quảng Xương", "Nghi Sơn", "Ngọc Lặc", "Hà Trung"]
const GROUPS = ["food", "food", "food", "beverage", "herbal", "handicraft"] as const
const TYPES = ["enterprise", "cooperative", "cooperative_group", "household"] as const

function documents(channel: string) {
  const docs = []
  for (let i = 0; i < SIZE; i++) {
    const name = pick(NAMES)
    const place = pick(PLACES)
    const star = rand() < 0.25 ? 4 : rand() < 0.03 ? 5 : 3
    docs.push({
      id: `bench_${String(i).padStart(6, "0")}`,
      title: `${name} ${place} ${i % 97}`,
      handle: `bench-${i}`,
      description: `${name} đặc sản ${place}, sản phẩm OCOP ${star} sao (dữ liệu tổng hợp cho đo hiệu năng).`,
      thumbnail: null,
      tags: [],
      status: "published",
      sales_channel_ids: [channel],
      producer_name: `Chủ thể ${place} ${i % 500}`,
      producer_handle: `chu-the-${i % 500}`,
      legal_type: pick(TYPES),
      star,
      group: pick(GROUPS),
      certification_status: "active",
      origin_district: `Huyện ${place}`,
      origin_commune: `xã ${place} ${i % 40}`,
      current_commune: `Xã ${place} ${i % 30}`,
      price_vnd: 20_000 + Math.floor(rand() * 50) * 10_000,
      in_stock: rand() > 0.1,
      created_at: Date.UTC(2025, 0, 1) + i * 60_000,
    })
  }
  return docs
}

/** The query mix: what the catalogue and the search box send. */
const QUERIES: Record<string, unknown>[] = [
  { filters: { q: "nuoc mam" }, pagination: { take: 24 }, search_options: { facets: ["star", "group"] } },
  { filters: { q: "che lam vinh loc" }, pagination: { take: 6 } },
  { filters: { q: "mat ong thach thanh", star: 4 }, pagination: { take: 24 }, search_options: { facets: ["group", "legal_type"] } },
  { filters: { group: "handicraft", in_stock: true }, pagination: { take: 24, order: { price_vnd: "ASC" } }, search_options: { facets: ["star", "origin_district"] } },
  { filters: { star: [4, 5], price_vnd: { $gte: 100_000, $lt: 300_000 } }, pagination: { take: 24, skip: 48 } },
  { filters: { q: "keo lac" }, pagination: { take: 24, order: { price_vnd: "DESC" } } },
  { filters: {}, pagination: { take: 24, order: { created_at: "DESC" } }, search_options: { facets: ["star", "group", "legal_type", "in_stock"] } },
  { filters: { q: "nem chua", origin_district: "Huyện Thọ Xuân" }, pagination: { take: 24 } },
]

/** The same query, written by hand for Meilisearch's own API. */
function direct(q: Record<string, any>) {
  const f = q.filters as Record<string, any>
  const parts: string[] = []
  if (f.star !== undefined) parts.push(Array.isArray(f.star) ? `star IN [${f.star.join(", ")}]` : `star = ${f.star}`)
  if (f.group) parts.push(`group = "${f.group}"`)
  if (f.in_stock !== undefined) parts.push(`in_stock = ${f.in_stock}`)
  if (f.origin_district) parts.push(`origin_district = "${f.origin_district}"`)
  if (f.price_vnd) parts.push(`price_vnd >= ${f.price_vnd.$gte} AND price_vnd < ${f.price_vnd.$lt}`)
  parts.push(`status = "published"`)
  const order = q.pagination.order as Record<string, string> | undefined
  return {
    q: f.q ?? "",
    filter: parts.join(" AND "),
    limit: q.pagination.take,
    offset: q.pagination.skip ?? 0,
    ...(order ? { sort: Object.entries(order).map(([k, v]) => `${k}:${v.toLowerCase()}`) } : {}),
    ...(q.search_options?.facets ? { facets: q.search_options.facets } : {}),
  }
}


async function timeAll(run: (q: Record<string, unknown>) => Promise<void>) {
  const times: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      const t = performance.now()
      await run(q)
      times.push(performance.now() - t)
    }
  }
  return { p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), n: times.length }
}

async function main() {
  console.log(`bench:search — ${SIZE.toLocaleString("en")} synthetic products; starting a stack of its own…`)
  const stack = await benchStack()
  try {
    const meili = { host: stack.meilisearchHost, key: stack.meilisearchApiKey }
    const mfetch = (p: string, body?: unknown) =>
      fetch(meili.host + p, {
        method: body ? "POST" : "GET",
        headers: { authorization: `Bearer ${meili.key}`, "content-type": "application/json", "accept-encoding": "identity" },
        body: body ? JSON.stringify(body) : undefined,
      }).then((r) => r.json() as Promise<any>)
    const { results } = await mfetch("/indexes?limit=100")
    const index = (results as { uid: string }[]).map((r) => r.uid).filter((u) => /^product_v\d+$/.test(u)).sort().at(-1)!
    const [{ id: channel }] = (await queryRows<{ id: string }>(stack.databaseUrl, "select id from sales_channel where name = 'OCOP Market'"))!

    // Writes through our provider, as Medusa's reindex does (batches, waiting on each task).
    const provider = new MeilisearchSearchProviderService({}, { host: meili.host, apiKey: meili.key, taskTimeoutMs: 600_000 })
    const docs = documents(channel)
    const definition = { primary_key: "id", fields: {} } as never
    const t0 = performance.now()
    const BATCH = 10_000
    for (let i = 0; i < docs.length; i += BATCH) {
      const task = await provider.upsertDocuments({ index, definition, documents: docs.slice(i, i + BATCH) as never })
      await provider.waitForTask(task)
      process.stdout.write(`\r  indexing ${Math.min(i + BATCH, docs.length).toLocaleString("en")}/${docs.length.toLocaleString("en")}`)
    }
    const indexSeconds = (performance.now() - t0) / 1000
    console.log(`\r  indexed ${docs.length.toLocaleString("en")} documents in ${indexSeconds.toFixed(1)} s`)

    const e2e = await timeAll(async (q) => {
      const res = await fetch(`${stack.backendDirect}/store/search`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey, "accept-encoding": "identity" },
        body: JSON.stringify({ entity: "product", ...q }),
      })
      if (!res.ok) throw new Error(`/store/search: HTTP ${res.status} ${await res.text()}`)
      await res.arrayBuffer()
    })
    // What any store route costs here (publishable key, middlewares), for scale.
    const baseline = await timeAll(async () => {
      const res = await fetch(`${stack.backendDirect}/store/regions?fields=id`, {
        headers: { "x-publishable-api-key": stack.publishableKey, "accept-encoding": "identity" },
      })
      await res.arrayBuffer()
    })
    const straight = await timeAll(async (q) => {
      await mfetch(`/indexes/${index}/search`, direct(q))
    })
    const throughput = SIZE / indexSeconds
    const row = (name: string, r: { p50: number; p95: number; p99: number }) =>
      `  ${name.padEnd(37)} p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms`
    console.log(`
Results (${SIZE.toLocaleString("en")} products, ${e2e.n} queries each, ${QUERIES.length} kinds):
  index throughput                   ${Math.round(throughput).toLocaleString("en")} documents/s   (target ≥ 5,000)
${row("POST /store/search (end to end)", e2e)}   (target p95 ≤ 15 ms)
${row("Meilisearch directly", straight)}
${row("GET /store/regions (any store route)", baseline)}
  ratio end-to-end / direct at p95   ${(e2e.p95 / straight.p95).toFixed(2)}×   (target ≤ 3×)
  Postgres provider at this size     not measured yet`)
  } finally {
    await stack.stop()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
