/**
 * Malformed input never finds a 500. A property-based run (fast-check, tests/support/fuzz.ts) sends
 * at least 2,000 generated requests — near-valid input to the store routes (search, products,
 * carts, line items, payment, customers, orders, OCOP routes), the producer portal and the admin's
 * OCOP routes, wrong in one or several places — and asserts of every answer: no 5xx, one of our
 * codes on every 4xx, no internal detail (filter strings, SQL, stack traces, paths). Seeded:
 * `FUZZ_SEED=<n> npx vitest run --project stack backend/integration-tests/bad-input-fuzz.test.ts`
 * repeats a run; a failure prints its seed and the request. The examples after it are the inputs
 * that answered 500 before (issue 15), kept as named cases.
 */
import fc from "fast-check"
import { MAX_FACETS, MAX_FILTER_NUMBER } from "@ocop-market/ocop"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { sql } from "../../tests/support/db"
import { checkAnswer, prepareTargets, routes, send, type FuzzRequest, type FuzzTargets } from "../../tests/support/fuzz"

const stack = inject("stack")
const SEED = Number(process.env.FUZZ_SEED ?? 20261203)
/** Runs of four requests sent together: 2,400 requests. */
const RUNS = 600
const AT_ONCE = 4

let t: FuzzTargets & { cleanUp: () => Promise<void> }
const counts = async () =>
  (
    await sql<{ products: number; producers: number; promotions: number; carts: number }>(
      stack.databaseUrl,
      `select (select count(*) from product where deleted_at is null)::int as products,
              (select count(*) from producer where deleted_at is null)::int as producers,
              (select count(*) from promotion where deleted_at is null)::int as promotions,
              (select count(*) from cart where completed_at is not null)::int as carts`,
    )
  )[0]!
let before: Awaited<ReturnType<typeof counts>>

beforeAll(async () => {
  t = await prepareTargets(stack)
  before = await counts()
})
afterAll(async () => t?.cleanUp())

const sendOne = (r: FuzzRequest) => send(stack.backendUrl, t, r)

describe("generated bad input", () => {
  it(`answers ${RUNS * AT_ONCE} generated requests without a 5xx, each refusal with a code and nothing internal`, async () => {
    let sent = 0
    const statuses: Record<string, number> = {}
    await fc.assert(
      fc.asyncProperty(fc.array(routes(t), { minLength: AT_ONCE, maxLength: AT_ONCE }), async (requests) => {
        const answers = await Promise.all(requests.map(sendOne))
        sent += answers.length
        answers.forEach((a, i) => {
          statuses[a.status] = (statuses[a.status] ?? 0) + 1
          const why = checkAnswer(a)
          if (why) throw new Error(`${requests[i]!.method} ${requests[i]!.path}: ${why}`)
        })
      }),
      // a failing run is reported as found (with its seed), not shrunk against a live server
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    )
    console.info(`fuzz seed ${SEED}: ${sent} requests, answers by status ${JSON.stringify(statuses)}`)
    expect(sent).toBeGreaterThanOrEqual(2000)
    // most of them reached past the door: refused by the routes' own checks, or served
    expect((statuses["400"] ?? 0) + (statuses["200"] ?? 0)).toBeGreaterThan(sent / 2)
  }, 600_000)

  it("wrote nothing: no product, producer, campaign or order appeared", async () => {
    expect(await counts()).toEqual(before)
  })
})

describe("inputs that answered 500 before", () => {
  const deep = (depth: number) => {
    let v: unknown = { id: "x" }
    for (let i = 0; i < depth; i++) v = { $or: [v] }
    return v
  }
  const search = (body: unknown): FuzzRequest => ({ method: "POST", path: "/store/search", body })

  it.each<[string, () => FuzzRequest, number, string, string?]>([
    [
      "a filter nested 2,000 levels deep",
      () => search({ entity: "product", filters: deep(2000) }),
      400,
      "nested_too_deep",
    ],
    [
      "$or set to null",
      () => search({ entity: "product", filters: { $or: null } }),
      400,
      "invalid_type",
      "filters.$or",
    ],
    [
      "$and set to [null]",
      () => search({ entity: "product", filters: { $and: [null] } }),
      400,
      "invalid_type",
      "filters.$and",
    ],
    [
      "$not set to a number",
      () => search({ entity: "product", filters: { $not: 5 } }),
      400,
      "invalid_type",
      "filters.$not",
    ],
    [
      "a lone surrogate in the query text",
      () => search({ entity: "product", filters: { q: "m\ud800t" } }),
      400,
      "invalid_text",
      "filters.q",
    ],
    [
      "a price filter of 1e308",
      () => search({ entity: "product", filters: { price_vnd: { $gte: 1e308 } } }),
      400,
      "too_big",
      "filters.price_vnd.$gte",
    ],
    [
      `${MAX_FACETS + 1} facets`,
      () => search({ entity: "product", search_options: { facets: Array(MAX_FACETS + 1).fill("star") } }),
      400,
      "too_big",
      "search_options.facets",
    ],
    ["a NUL byte in a cart id", () => ({ method: "GET", path: "/store/carts/cart_%00x" }), 400, "invalid_text", "path"],
    [
      "a path that is not UTF-8",
      () => ({ method: "GET", path: "/store/products/%ED%A0%80" }),
      400,
      "invalid_text",
      "path",
    ],
    [
      "payment sessions for a collection that does not exist",
      () => ({
        method: "POST",
        path: "/store/payment-collections/pay_col_01NOTTHERE/payment-sessions",
        body: { provider_id: "pp_system_default" },
      }),
      404,
      "not_found",
    ],
    [
      "a negative offset",
      () => ({ method: "GET", path: "/store/products", query: { offset: -1 } }),
      400,
      "too_small",
      "offset",
    ],
    ["a portal call without a login", () => ({ method: "GET", path: "/producer/products" }), 401, "unauthorized"],
  ])("%s: %s with a code", async (_name, request, status, code, field) => {
    const answer = await sendOne(request())
    expect(checkAnswer(answer)).toBeNull()
    expect(answer.status).toBe(status)
    const body = JSON.parse(answer.text)
    expect(body.code).toBe(code)
    if (field) expect(body.field).toBe(field)
  })

  it(`takes filter numbers up to ${MAX_FILTER_NUMBER} and the catalogue's own search`, async () => {
    const answer = await sendOne(
      search({
        entity: "product",
        filters: { price_vnd: { $gte: 0, $lt: MAX_FILTER_NUMBER } },
        pagination: { take: 5, skip: 0 },
        search_options: {
          facets: ["star", "group", { field: "price_vnd", type: "range", ranges: [{ key: "a", to: 50_000 }] }],
        },
      }),
    )
    expect(answer.status, answer.text).toBe(200)
    expect(JSON.parse(answer.text).results[0].hits.length).toBe(5)
  })
})
