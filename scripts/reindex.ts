/**
 * `npm run reindex`: rebuilds the product search index from the database into a fresh Meilisearch
 * index, swapped in at the end (Medusa's Search Module reindex), with a progress bar and the
 * throughput. `npm run reindex -- --check` rebuilds nothing: it compares every product in the
 * database with its search document and lists what differs. Talks to the running shop.
 *
 * Settings: MEDUSA_BACKEND_URL (default http://127.0.0.1:$PORT or :9000), MEDUSA_ADMIN_EMAIL /
 * MEDUSA_ADMIN_PASSWORD, MEILISEARCH_HOST / MEILISEARCH_API_KEY (default: the bundled server of
 * OCOP_DATA_DIR, .data).
 */
import fs from "node:fs"
import path from "node:path"
import { adminClient, fail } from "./lib/admin-client"
import { reindexWithProgress, type Admin } from "./lib/reindex-run"

const root = path.resolve(__dirname, "..")
const check = process.argv.includes("--check")

function meilisearch() {
  if (process.env.MEILISEARCH_HOST)
    return { host: process.env.MEILISEARCH_HOST, key: process.env.MEILISEARCH_API_KEY ?? "" }
  const dataDir = path.resolve(root, process.env.OCOP_DATA_DIR || ".data")
  try {
    const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as {
      meilisearchMasterKey: string
    }
    return { host: `http://127.0.0.1:${process.env.OCOP_MEILISEARCH_PORT || 7700}`, key: secrets.meilisearchMasterKey }
  } catch {
    fail(`no MEILISEARCH_HOST and no ${path.join(dataDir, "secrets.json")}; start the shop with npm start first`)
  }
}

async function main() {
  const meili = meilisearch()
  const m = async <T>(p: string) => {
    const res = await fetch(meili.host + p, {
      headers: { authorization: `Bearer ${meili.key}`, "accept-encoding": "identity" },
    })
    if (!res.ok) fail(`Meilisearch ${p}: HTTP ${res.status}`)
    return (await res.json()) as T
  }
  const client = await adminClient()
  const admin = async <T>(p: string, init?: { method?: string; body?: unknown }) => {
    const res = await client<T>(p, init)
    if (!res.ok) fail(`${p}: HTTP ${res.status} ${JSON.stringify(res.body)}`)
    return res.body
  }
  /** The product index Meilisearch serves now: the highest product_vN. */
  const productIndexes = async () =>
    (await m<{ results: { uid: string }[] }>("/indexes?limit=1000")).results
      .map((i) => i.uid)
      .filter((u) => /^product_v\d+$/.test(u))
      .sort((a, b) => Number(a.split("_v")[1]) - Number(b.split("_v")[1]))

  if (check) return runCheck(admin, m, productIndexes)

  const { count: total } = await admin<{ count: number }>("/admin/products?limit=1&fields=id")
  const before = (await productIndexes()).at(-1)
  // the new version is the product_vN that appears after `before`
  const built = async () => {
    const newest = (await productIndexes()).at(-1)
    return newest && newest !== before
      ? (await m<{ numberOfDocuments: number }>(`/indexes/${newest}/stats`)).numberOfDocuments
      : 0
  }
  try {
    const { seconds, documentsPerSecond } = await reindexWithProgress({ admin, index: "product", total, built })
    console.log(
      `\nXong / done: ${total} sản phẩm / products into ${(await productIndexes()).at(-1)} in ${seconds.toFixed(1)} s (${Math.round(documentsPerSecond)} documents/s)`,
    )
  } catch (e) {
    fail((e as Error).message)
  }
}

type Meili = <T>(p: string) => Promise<T>

/** Every product in the database against its document: missing, extra, or different. */
async function runCheck(admin: Admin, m: Meili, productIndexes: () => Promise<string[]>) {
  const products: {
    id: string
    title: string
    status: string
    variants?: { prices?: { amount: number; currency_code: string }[] }[]
  }[] = []
  for (let offset = 0; ; offset += 200) {
    const page = await admin<{ products: typeof products; count: number }>(
      `/admin/products?limit=200&offset=${offset}&fields=id,title,status,variants.prices.amount,variants.prices.currency_code`,
    )
    products.push(...page.products)
    if (products.length >= page.count || !page.products.length) break
  }
  const index = (await productIndexes()).at(-1)
  if (!index) fail("there is no product index in Meilisearch; run npm run reindex")
  const docs = new Map<string, { title: string; status: string; price_vnd: number | null }>()
  for (let offset = 0; ; offset += 1000) {
    const page = await m<{
      results: { id: string; title: string; status: string; price_vnd: number | null }[]
      total: number
    }>(`/indexes/${index}/documents?limit=1000&offset=${offset}&fields=id,title,status,price_vnd`)
    for (const d of page.results) docs.set(d.id, d)
    if (offset + 1000 >= page.total) break
  }
  const problems: string[] = []
  for (const p of products) {
    const d = docs.get(p.id)
    if (!d) {
      problems.push(`thiếu / missing   ${p.id} ${p.title}`)
      continue
    }
    docs.delete(p.id)
    const vnd = (p.variants ?? []).flatMap((v) =>
      (v.prices ?? []).filter((x) => x.currency_code === "vnd").map((x) => Number(x.amount)),
    )
    const price = vnd.length ? Math.min(...vnd) : null
    const diffs = [
      d.title !== p.title ? `title "${d.title}" ≠ "${p.title}"` : null,
      d.status !== p.status ? `status ${d.status} ≠ ${p.status}` : null,
      d.price_vnd !== price ? `price_vnd ${d.price_vnd} ≠ ${price}` : null,
    ].filter(Boolean)
    if (diffs.length) problems.push(`khác / differs   ${p.id} ${p.title}: ${diffs.join("; ")}`)
  }
  for (const [id, d] of docs) problems.push(`thừa / extra     ${id} ${d.title}`)
  console.log(
    `${index}: ${products.length} sản phẩm trong CSDL / products in the database, ${problems.length} khác biệt / differences`,
  )
  for (const line of problems) console.log(`  ${line}`)
  process.exit(problems.length ? 1 : 0)
}

main().catch((err) => fail((err as Error).message))
