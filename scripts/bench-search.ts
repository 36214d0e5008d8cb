/**
 * `npm run bench:search [-- --size 100000]`: a stack of its own (temporary data folder, free
 * ports) with the product index on both providers, a catalogue of `size` products in the database
 * (the published sample products copied in SQL: scripts/lib/bench-catalogue.ts), then:
 *   1. Medusa's own reindex from the database into Meilisearch, and into the Postgres provider;
 *   2. our provider's write throughput alone (the same documents written again, 10,000 a batch);
 *   3. one fixed mix of queries with facets and filters: POST /store/search end to end on each
 *      provider, the same queries straight to Meilisearch, p50/p95/p99 and the ratios.
 * Prints figures; asserts nothing (these machines are noisy).
 */
import cliProgress from "cli-progress"
import { MeilisearchSearchProviderService } from "@ocop-market/medusa-search-meilisearch"
import { queryRows } from "@ocop-market/stack"
import { adminClient } from "./lib/admin-client"
import { benchStack, pct } from "./lib/bench"
import { cloneSampleCatalogue } from "./lib/bench-catalogue"
import { reindexWithProgress } from "./lib/reindex-run"

const SIZE = Number(process.argv[process.argv.indexOf("--size") + 1]) || 100_000
const ROUNDS = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 20

/** The query mix: what the catalogue and the search box send. */
const QUERIES: Record<string, unknown>[] = [
  { filters: { q: "nuoc mam" }, pagination: { take: 24 }, search_options: { facets: ["star", "group"] } },
  { filters: { q: "che lam vinh loc" }, pagination: { take: 6 } },
  {
    filters: { q: "mat ong thach thanh", star: 4 },
    pagination: { take: 24 },
    search_options: { facets: ["group", "legal_type"] },
  },
  {
    filters: { group: "handicraft", in_stock: true },
    pagination: { take: 24, order: { price_vnd: "ASC" } },
    search_options: { facets: ["star", "origin_district"] },
  },
  { filters: { star: [4, 5], price_vnd: { $gte: 100_000, $lt: 300_000 } }, pagination: { take: 24, skip: 48 } },
  { filters: { q: "keo lac" }, pagination: { take: 24, order: { price_vnd: "DESC" } } },
  {
    filters: {},
    pagination: { take: 24, order: { created_at: "DESC" } },
    search_options: { facets: ["star", "group", "legal_type", "in_stock"] },
  },
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

type Timing = { p50: number; p95: number; p99: number; n: number }
type Runner = (q: Record<string, unknown>) => Promise<void>

/**
 * Times several ways of answering the same queries, interleaved query by query so a noisy moment
 * on the machine falls on all of them alike, after one untimed round to warm each up.
 */
async function timeInterleaved(runners: Record<string, Runner>): Promise<Record<string, Timing>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(runners).map((k) => [k, []]))
  for (let r = -1; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      for (const [name, run] of Object.entries(runners)) {
        const t = performance.now()
        await run(q)
        if (r >= 0) times[name]!.push(performance.now() - t)
      }
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([k, xs]) => [k, { p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99), n: xs.length }]),
  )
}

async function main() {
  console.log(`bench:search — ${SIZE.toLocaleString("en")} products; starting a stack of its own…`)
  // the backend defines the Postgres twin of the product index when it sees this (backend/src/search)
  process.env.SEARCH_POSTGRES_INDEX = "true"
  const stack = await benchStack()
  try {
    const meili = { host: stack.meilisearchHost, key: stack.meilisearchApiKey }
    const mfetch = (p: string, body?: unknown) =>
      fetch(meili.host + p, {
        method: body ? "POST" : "GET",
        headers: {
          authorization: `Bearer ${meili.key}`,
          "content-type": "application/json",
          "accept-encoding": "identity",
        },
        body: body ? JSON.stringify(body) : undefined,
      }).then((r) => r.json() as Promise<any>)
    const client = await adminClient(stack.backendDirect)
    const admin = async <T>(p: string, init?: { method?: string; body?: unknown }) => {
      const res = await client<T>(p, init)
      if (!res.ok) throw new Error(`${p}: HTTP ${res.status} ${JSON.stringify(res.body)}`)
      return res.body
    }
    const search = (entity: string, q: Record<string, unknown>) =>
      fetch(`${stack.backendDirect}/store/search`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-publishable-api-key": stack.publishableKey,
          "accept-encoding": "identity",
        },
        body: JSON.stringify({ entity, ...q }),
      })
    // The Postgres index is seeded in the background after start: wait for it before adding rows.
    for (let i = 0; ; i++) {
      const r = await search("product_pg", { filters: {}, pagination: { take: 1 } })
      const body = (await r.json()) as any
      if (r.ok && (body.results?.[0] ?? body).metadata?.count >= 69) break
      if (i > 240)
        throw new Error(
          `the Postgres product index was not ready within 2 minutes: ${JSON.stringify(body).slice(0, 200)}`,
        )
      await new Promise((res) => setTimeout(res, 500))
    }

    // 1. The catalogue in the database.
    const bar = new cliProgress.SingleBar(
      { format: "  catalogue: [{bar}] {value}/{total} products", noTTYOutput: true, notTTYSchedule: 2000 },
      cliProgress.Presets.shades_classic,
    )
    const tc = performance.now()
    bar.start(SIZE, 0)
    const total = await cloneSampleCatalogue(stack.databaseUrl, SIZE, (done, all) => {
      bar.setTotal(all)
      bar.update(done)
    })
    bar.stop()
    console.log(
      `  ${total.toLocaleString("en")} products in the database (${((performance.now() - tc) / 1000).toFixed(1)} s)`,
    )

    // 2. Medusa's reindex from the database, into each provider.
    const versions = async (name: string) =>
      (await queryRows<{ physical_name: string }>(
        stack.databaseUrl,
        `select v.physical_name from search_index_version v join search_index i on i.id = v.search_index_id
          where i.name = $1 and v.deleted_at is null order by v.version desc`,
        [name],
      ))!.map((r) => r.physical_name)
    // Medusa's reindex builds a new physical index; its progress is the documents in that one
    const reindex = async (index: string, documents: (physical: string) => Promise<number>) => {
      const before = (await versions(index))[0]
      return reindexWithProgress({
        admin,
        index,
        total,
        built: async () => {
          const newest = (await versions(index))[0]
          return newest && newest !== before ? documents(newest) : 0
        },
      })
    }
    const meiliReindex = await reindex(
      "product",
      async (physical) => (await mfetch(`/indexes/${physical}/stats`)).numberOfDocuments ?? 0,
    )
    const pgReindex = await reindex("product_pg", async (physical) => {
      const table = `search_pg_${physical.toLowerCase().replace(/[^a-z0-9_]/g, "_")}` // search-postgres: tableNameForIndex
      const rows = await queryRows<{ n: number }>(stack.databaseUrl, `select count(*)::int as n from "${table}"`)
      return rows?.[0]?.n ?? 0
    })

    // 3. Our provider's writes alone: the documents Medusa made, written again in batches.
    const index = (await versions("product"))[0]!
    const docs: Record<string, unknown>[] = []
    for (let offset = 0; offset < total; offset += 10_000) {
      docs.push(
        ...((await mfetch(`/indexes/${index}/documents?limit=10000&offset=${offset}`)).results as Record<
          string,
          unknown
        >[]),
      )
    }
    const provider = new MeilisearchSearchProviderService(
      {},
      { host: meili.host, apiKey: meili.key, taskTimeoutMs: 600_000 },
    )
    const definition = { primary_key: "id", fields: {} } as never
    const t0 = performance.now()
    const BATCH = 10_000
    for (let i = 0; i < docs.length; i += BATCH) {
      const task = await provider.upsertDocuments({ index, definition, documents: docs.slice(i, i + BATCH) as never })
      await provider.waitForTask(task)
      process.stdout.write(
        `\r  provider writes ${Math.min(i + BATCH, docs.length).toLocaleString("en")}/${docs.length.toLocaleString("en")}`,
      )
    }
    const writeSeconds = (performance.now() - t0) / 1000
    console.log(`\r  provider wrote ${docs.length.toLocaleString("en")} documents in ${writeSeconds.toFixed(1)} s`)

    // 4. Queries.
    const endToEnd =
      (entity: string): Runner =>
      async (q) => {
        const res = await search(entity, q)
        if (!res.ok) throw new Error(`/store/search (${entity}): HTTP ${res.status} ${await res.text()}`)
        await res.arrayBuffer()
      }
    const { e2e, pg, baseline, straight } = await timeInterleaved({
      e2e: endToEnd("product"),
      pg: endToEnd("product_pg"),
      // what any store route costs here (publishable key, middlewares), for scale
      baseline: async () => {
        const res = await fetch(`${stack.backendDirect}/store/regions?fields=id`, {
          headers: { "x-publishable-api-key": stack.publishableKey, "accept-encoding": "identity" },
        })
        await res.arrayBuffer()
      },
      straight: async (q) => {
        await mfetch(`/indexes/${index}/search`, direct(q))
      },
    })
    const row = (name: string, r: Timing) =>
      `  ${name.padEnd(40)} p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms   p99 ${r.p99.toFixed(1).padStart(7)} ms`
    const rate = (n: number) => `${Math.round(n).toLocaleString("en")} documents/s`
    console.log(`
Results (${total.toLocaleString("en")} products, ${e2e!.n} queries each, ${QUERIES.length} kinds):
  Medusa reindex from the database → Meilisearch   ${rate(meiliReindex.documentsPerSecond)} (${meiliReindex.seconds.toFixed(1)} s)
  Medusa reindex from the database → Postgres      ${rate(pgReindex.documentsPerSecond)} (${pgReindex.seconds.toFixed(1)} s)
  our provider's writes alone                      ${rate(docs.length / writeSeconds)}   (target ≥ 5,000)
${row("POST /store/search, Meilisearch provider", e2e!)}   (target p95 ≤ 15 ms)
${row("POST /store/search, Postgres provider", pg!)}
${row("Meilisearch directly", straight!)}
${row("GET /store/regions (any store route)", baseline!)}
  ratio end-to-end / direct at p95                 ${(e2e!.p95 / straight!.p95).toFixed(2)}×   (target ≤ 3×)
  Postgres / Meilisearch provider at p95           ${(pg!.p95 / e2e!.p95).toFixed(1)}×   (target ≥ 5×)`)
  } finally {
    await stack.stop()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
