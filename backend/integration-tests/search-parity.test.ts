/**
 * One behaviour suite, two providers: the product index served by our Meilisearch provider
 * ("product") and the same definition served by Medusa's Postgres provider ("product_pg"), both
 * through POST /store/search on the sample catalogue. Differences are named where they are expected.
 */
import { beforeAll, describe, expect, inject, it } from "vitest"
import { indexSettled } from "../../tests/support/search"

const stack = inject("stack")

type Result = {
  hits: { id: string; document: Record<string, any> }[]
  facets?: Record<string, any>
  metadata: { count: number }
}

async function search(entity: string, body: Record<string, unknown>) {
  const res = await fetch(`${stack.backendUrl}/store/search`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
    body: JSON.stringify({ entity, ...body }),
  })
  const json = (await res.json()) as { results?: Result[]; message?: string }
  return { status: res.status, result: json.results?.[0], message: json.message }
}

describe.each([
  ["product", "Meilisearch"],
  ["product_pg", "Postgres"],
])("search behaviour on %s (%s)", (entity) => {
  // The Postgres index is seeded in the background after start; either may still hold a product
  // another file deleted a moment ago.
  beforeAll(() => indexSettled(stack, entity), 70_000)

  it("filters by star and group with facet counts", async () => {
    const { result } = await search(entity, {
      filters: { star: 4 },
      pagination: { take: 1 },
      search_options: { facets: ["group"] },
    })
    expect(result!.metadata.count).toBe(17)
    expect(Object.fromEntries(result!.facets!.group.values.map((v: any) => [v.value, v.count]))).toEqual({
      food: 12,
      handicraft: 5,
    })
  })

  it("combines filters with $or and lists", async () => {
    const { result } = await search(entity, {
      filters: { $or: [{ group: "beverage" }, { group: "herbal" }], star: [3] },
      pagination: { take: 50 },
    })
    expect(result!.metadata.count).toBe(15)
    expect(result!.hits.every((h) => ["beverage", "herbal"].includes(h.document.group) && h.document.star === 3)).toBe(
      true,
    )
  })

  it("sorts by price both ways and pages past the end", async () => {
    const asc = await search(entity, {
      filters: { group: "handicraft" },
      pagination: { take: 10, order: { price_vnd: "ASC" } },
    })
    const prices = asc.result!.hits.map((h) => h.document.price_vnd)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    const desc = await search(entity, {
      filters: { group: "handicraft" },
      pagination: { take: 10, order: { price_vnd: "DESC" } },
    })
    expect(desc.result!.hits.map((h) => h.document.price_vnd)).toEqual([...prices].reverse())
    const beyond = await search(entity, { filters: { group: "handicraft" }, pagination: { take: 5, skip: 50 } })
    expect(beyond.result!.hits).toEqual([])
  })

  it("finds a product by the words of its title, with or without diacritics", async () => {
    for (const q of ["Mắm tôm Lê Gia", "mam tom le gia"]) {
      const { result } = await search(entity, { filters: { q }, pagination: { take: 3 } })
      expect(result!.hits[0]!.document.title).toBe("Mắm tôm Lê Gia")
    }
  })

  it("never lets a filter value widen the result", async () => {
    const { status, result } = await search(entity, { filters: { group: 'food" OR group = "herbal' } })
    expect(status).toBe(200)
    expect(result!.hits).toEqual([])
  })

  it("rejects a filter on a field the index does not have", async () => {
    const { status, message } = await search(entity, { filters: { colour: "red" } })
    expect(status).toBe(400)
    expect(message).toMatch(/colour/)
  })
})

describe("named differences between the providers", () => {
  it("a one-letter typo: Meilisearch forgives it, Medusa's Postgres provider finds nothing", async () => {
    const meili = await search("product", { filters: { q: "mat ong huonh hoa" }, pagination: { take: 3 } })
    expect(meili.result!.hits.map((h) => h.document.title)).toContain("Mật ong Hưởng Hoa")
    const pg = await search("product_pg", { filters: { q: "mat ong huonh hoa" }, pagination: { take: 3 } })
    expect(pg.status).toBe(200)
    expect(pg.result!.hits.map((h) => h.document.title)).not.toContain("Mật ong Hưởng Hoa")
  })
})
