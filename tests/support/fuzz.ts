/**
 * Requests an attacker (or a broken client) sends, generated with fast-check: each a real route of
 * the shop with near-valid input that is wrong in one or several places — edge numbers, filter
 * operators set to anything, nesting thousands deep, lone surrogates, NUL bytes, ids that do not
 * exist. `checkAnswer` says what every answer must be, whatever was sent.
 */
import fc from "fast-check"
import { isErrorCode } from "@ocop-market/ocop"
import { adminToken as login } from "./admin"
import { apiCall } from "./http"
import { producerAccount } from "./producer"

export type FuzzRequest = { method: string; path: string; query?: unknown; body?: unknown; token?: string }

/** The real things a request can point at, so that generated input reaches past "not found". */
export type FuzzTargets = {
  publishableKey: string
  regionId: string
  productId: string
  variantId: string
  cartId: string
  lineId: string
  producerHandle: string
  producerId: string
  campaignHandle: string
  /** The fuzz's own draft product and its pack, for the writes. */
  ownProductId: string
  ownVariantId: string
  adminToken: string
  producerToken: string
}

const edgeNumber = fc.constantFrom(
  0,
  -0,
  -1,
  1,
  0.0001,
  1.5,
  99,
  100,
  101,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  1e21,
  1e308,
  -1e308,
  5e-324,
)
const edgeString = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "1e+308",
  "-1",
  "1.5",
  "NaN",
  "Infinity",
  "null",
  "true",
  "[]",
  "{}",
  "' OR 1=1 --",
  '"; DROP TABLE product; --',
  "%",
  "%00",
  "\\",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "nước mắm Nga Sơn",
  "x".repeat(3000),
  "__proto__",
  "constructor",
  "*",
  "+*",
  "-id",
)
const operator = fc.constantFrom(
  "$or",
  "$and",
  "$not",
  "$eq",
  "$ne",
  "$in",
  "$nin",
  "$gt",
  "$gte",
  "$lt",
  "$lte",
  "$like",
  "$ilike",
  "$re",
  "$exists",
  "$contains",
)
const fieldName = fc.constantFrom(
  "q",
  "id",
  "handle",
  "title",
  "status",
  "limit",
  "offset",
  "fields",
  "order",
  "expand",
  "region_id",
  "variant_id",
  "quantity",
  "email",
  "phone",
  "star",
  "group",
  "price_vnd",
  "in_stock",
  "sales_channel_id",
  "created_at",
  "metadata",
  "additional_data",
  "__proto__",
)
const leaf = fc.oneof(
  { weight: 3, arbitrary: edgeNumber },
  { weight: 3, arbitrary: edgeString },
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ maxLength: 12 }),
)
/** `{ $or: [{ $or: [ … ] }] }` hundreds to thousands of levels deep. */
const deep = fc.tuple(fc.integer({ min: 100, max: 1500 }), operator).map(([depth, op]) => {
  let v: unknown = 1
  for (let i = 0; i < depth; i++) v = { [op]: [v] }
  return v
})
/** What a logical operator was once set to when it answered 500: nothing, a number, a list of nothing. */
const operatorTrap = fc.constantFrom<unknown>(null, [null], [], {}, 5, "x", [1, null], [[]])
const { value } = fc.letrec<{ value: unknown; list: unknown[]; record: Record<string, unknown> }>((tie) => ({
  value: fc.oneof({ depthSize: "small", maxDepth: 4 }, leaf, tie("list"), tie("record")),
  list: fc.array(tie("value"), { maxLength: 3 }),
  record: fc.dictionary(fc.oneof(operator, fieldName), fc.oneof(tie("value"), operatorTrap), { maxKeys: 3 }),
}))
/** Anything at all, now and then nested thousands deep. */
export const anything = fc.oneof({ weight: 12, arbitrary: value }, { weight: 1, arbitrary: deep })

/** A field that is mostly what the route expects and sometimes anything. */
const mostly = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 2, arbitrary: good }, { weight: 1, arbitrary: anything })
const id = (real: string) => fc.oneof(fc.constant(real), edgeString, fc.string({ unit: "binary", maxLength: 20 }))
/**
 * Percent-encoding that, like a hostile client, also sends a lone surrogate: as the bytes
 * WTF-8 gives it (%ED%A0%80), which is not valid UTF-8.
 */
export function encodeLoose(s: string): string {
  // with the u flag a valid pair is one code point; only a lone surrogate matches the first branch
  return s.replace(/[\ud800-\udfff]|[^\ud800-\udfff]+/gu, (part) => {
    if (!/^[\ud800-\udfff]$/u.test(part)) return encodeURIComponent(part)
    const c = part.charCodeAt(0)
    return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
      .map((x) => `%${x.toString(16).toUpperCase()}`)
      .join("")
  })
}
const pathPart = (real: string) => id(real).map((s) => encodeLoose(s).slice(0, 4000) || "x")
/** A body: the near-valid fields, some left out, with random extra ones. */
const body = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      fc.dictionary(fc.oneof(fieldName, operator), anything, { maxKeys: 2 }),
      fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    )
    .map(([good, extra, whole]) => (whole ? extra : { ...good, ...extra }))
const searchQuery = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("nuoc mam", "mật ong", "chè"), anything)

/** Every route family the fuzz covers, as generators of one request each. */
export function routes(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  // a query string is generated as a body is (queryString() writes it the way qs reads it)
  const query = body
  const store: fc.Arbitrary<FuzzRequest>[] = [
    // search: filters, pagination, facets and ranges
    body({
      entity: mostly(fc.constant("product")),
      filters: mostly(
        fc.record(
          {
            q: searchQuery,
            star: mostly(fc.array(fc.integer({ min: 1, max: 5 }))),
            group: anything,
            price_vnd: mostly(fc.record({ $gte: anything, $lt: anything }, { requiredKeys: [] })),
            in_stock: anything,
            $or: fc.oneof(operatorTrap, anything),
            $and: fc.oneof(operatorTrap, anything),
            $not: fc.oneof(operatorTrap, anything),
          },
          { requiredKeys: [] },
        ),
      ),
      queries: anything,
      pagination: mostly(fc.record({ take: anything, skip: anything, order: anything }, { requiredKeys: [] })),
      search_options: mostly(
        fc.record(
          {
            facets: mostly(
              fc.array(
                fc.oneof(
                  fc.constantFrom("star", "group", "in_stock", "origin_district"),
                  fc.record({
                    field: mostly(fc.constant("price_vnd")),
                    type: mostly(fc.constant("range")),
                    ranges: mostly(
                      fc.array(fc.record({ key: fc.string(), from: anything, to: anything }), { maxLength: 300 }),
                    ),
                  }),
                ),
                { maxLength: 60 },
              ),
            ),
            disjunctive_facets: anything,
            highlight: anything,
          },
          { requiredKeys: [] },
        ),
      ),
    }).map((b) => ({ method: "POST", path: "/store/search", body: b })),
    query({
      limit: anything,
      offset: anything,
      q: searchQuery,
      fields: anything,
      order: anything,
      handle: anything,
      id: anything,
      region_id: mostly(fc.constant(t.regionId)),
      $or: anything,
      $and: anything,
    }).map((q) => ({ method: "GET", path: "/store/products", query: q })),
    fc
      .tuple(pathPart(t.productId), query({ fields: anything, region_id: anything }))
      .map(([p, q]) => ({ method: "GET", path: `/store/products/${p}`, query: q })),
    query({ limit: anything, offset: anything, q: anything, fields: anything }).chain((q) =>
      fc
        .constantFrom("/store/regions", "/store/collections", "/store/product-categories", "/store/ocop/campaigns")
        .map((path) => ({ method: "GET", path, query: q })),
    ),
    body({
      region_id: mostly(fc.constant(t.regionId)),
      email: anything,
      currency_code: anything,
      items: anything,
      shipping_address: anything,
      promo_codes: anything,
    }).map((b) => ({ method: "POST", path: "/store/carts", body: b })),
    fc
      .tuple(
        pathPart(t.cartId),
        body({ email: anything, shipping_address: anything, billing_address: anything, promo_codes: anything }),
      )
      .map(([c, b]) => ({ method: "POST", path: `/store/carts/${c}`, body: b })),
    fc.tuple(pathPart(t.cartId), query({ fields: anything })).map(([c, q]) => ({
      method: "GET",
      path: `/store/carts/${c}`,
      query: q,
    })),
    fc
      .tuple(
        pathPart(t.cartId),
        body({ variant_id: mostly(fc.constant(t.variantId)), quantity: mostly(fc.integer({ min: 1, max: 3 })) }),
      )
      .map(([c, b]) => ({ method: "POST", path: `/store/carts/${c}/line-items`, body: b })),
    fc
      .tuple(pathPart(t.cartId), pathPart(t.lineId), body({ quantity: mostly(fc.integer({ min: 0, max: 3 })) }))
      .map(([c, l, b]) => ({ method: "POST", path: `/store/carts/${c}/line-items/${l}`, body: b })),
    fc
      .tuple(pathPart(t.cartId), body({ code: anything, promo_codes: anything }))
      .map(([c, b]) => ({ method: "POST", path: `/store/carts/${c}/promotions`, body: b })),
    // a cart that is never ready to complete (no address, no payment): the refusal, never an order
    fc.tuple(pathPart(t.cartId)).map(([c]) => ({ method: "POST", path: `/store/carts/${c}/complete`, body: {} })),
    body({ cart_id: mostly(fc.constant(t.cartId)) }).map((b) => ({
      method: "POST",
      path: "/store/payment-collections",
      body: b,
    })),
    fc
      .tuple(id("pay_col_01JXXXXXXXXXXXXXXXXXXXXXXX"), body({ provider_id: anything, data: anything }))
      .map(([p, b]) => ({
        method: "POST",
        path: `/store/payment-collections/${encodeLoose(p) || "x"}/payment-sessions`,
        body: b,
      })),
    fc
      .tuple(pathPart(t.cartId), query({ fields: anything }))
      .map(([o, q]) => ({ method: "GET", path: `/store/orders/${o}`, query: q })),
    body({ email: anything, first_name: anything, phone: anything }).map((b) => ({
      method: "POST",
      path: "/store/customers",
      body: b,
    })),
    // the sign-up's confirmation (the sign-up itself answers no sooner than 600 ms: tried by sign-up.test.ts)
    body({ email: anything, token: anything, password: anything }).map((b) => ({
      method: "POST",
      path: "/store/ocop/accounts/confirm",
      body: b,
    })),
    query({ limit: anything, offset: anything, q: anything }).map((q) => ({
      method: "GET",
      path: "/store/ocop/producers",
      query: q,
    })),
    fc
      .tuple(pathPart(t.producerHandle), pathPart(t.campaignHandle))
      .chain(([p, c]) =>
        fc.constantFrom(
          { method: "GET", path: `/store/ocop/producers/${p}` },
          { method: "GET", path: `/store/ocop/campaigns/${c}` },
          { method: "GET", path: "/store/ocop/stats" },
        ),
      ),
  ]
  const producer: fc.Arbitrary<FuzzRequest>[] = [
    query({ limit: anything, offset: anything, q: anything, status: anything }).chain((q) =>
      fc.constantFrom("/producer/products", "/producer/orders", "/producer/campaigns", "/producer/me").map((path) => ({
        method: "GET",
        path,
        query: q,
      })),
    ),
    fc
      .tuple(pathPart(t.ownProductId), body({ title: anything, subtitle: anything, description: anything }))
      .map(([p, b]) => ({ method: "POST", path: `/producer/products/${p}`, body: b })),
    fc
      .tuple(pathPart(t.ownProductId), pathPart(t.ownVariantId), body({ stocked_quantity: anything, amount: anything }))
      .chain(([p, v, b]) =>
        fc.constantFrom("stock", "price").map((what) => ({
          method: "POST",
          path: `/producer/products/${p}/variants/${v}/${what}`,
          body: b,
        })),
      ),
    fc
      .tuple(pathPart(t.ownProductId), body({ title: anything, amount: anything, stocked_quantity: anything }))
      .map(([p, b]) => ({ method: "POST", path: `/producer/products/${p}/variants`, body: b })),
    fc
      .tuple(pathPart(t.cartId), pathPart(t.lineId), body({ tracking_number: anything }))
      .map(([o, l, b]) => ({ method: "POST", path: `/producer/orders/${o}/lines/${l}/ship`, body: b })),
    body({ token: anything }).map((b) => ({ method: "POST", path: "/producer/invites/accept", body: b })),
  ].map((r) =>
    fc
      .tuple(r, fc.constantFrom(t.producerToken, t.producerToken, "", "not.a.jwt"))
      .map(([req, token]) => ({ ...req, ...(token ? { token } : {}) })),
  )
  const admin: fc.Arbitrary<FuzzRequest>[] = [
    query({ limit: anything, offset: anything, q: anything }).chain((q) =>
      fc.constantFrom("/admin/ocop/producers", "/admin/ocop/campaigns").map((path) => ({
        method: "GET",
        path,
        query: q,
      })),
    ),
    body({
      name: anything,
      handle: anything,
      legal_type: anything,
      phone: anything,
      email: anything,
      commune_code: anything,
      province: anything,
    }).map((b) => ({ method: "POST", path: "/admin/ocop/producers", body: b })),
    fc
      .tuple(pathPart(t.producerId), body({ name: anything, phone: anything, email: anything }))
      .map(([p, b]) => ({ method: "POST", path: `/admin/ocop/producers/${p}`, body: b })),
    fc
      .tuple(pathPart(t.producerId), body({ email: anything, name: anything }))
      .map(([p, b]) => ({ method: "POST", path: `/admin/ocop/producers/${p}/staff`, body: b })),
    body({
      title: anything,
      handle: anything,
      starts_at: anything,
      ends_at: anything,
      discount: anything,
      target: anything,
      code: anything,
    }).map((b) => ({ method: "POST", path: "/admin/ocop/campaigns", body: b })),
    fc
      .tuple(pathPart("cert_x"), body({ reason: anything }))
      .map(([c, b]) => ({ method: "POST", path: `/admin/ocop/certifications/${c}/revoke`, body: b })),
    fc
      .tuple(
        pathPart(t.ownProductId),
        body({
          additional_data: mostly(
            fc.record(
              {
                ocop_certification: mostly(
                  fc.record(
                    { star: anything, score: anything, group: anything, decision_date: anything },
                    { requiredKeys: [] },
                  ),
                ),
              },
              { requiredKeys: [] },
            ),
          ),
        }),
      )
      .map(([p, b]) => ({ method: "POST", path: `/admin/products/${p}`, body: b })),
  ].map((r) =>
    fc
      .tuple(r, fc.constantFrom(t.adminToken, t.adminToken, t.adminToken, ""))
      .map(([req, token]) => ({ ...req, ...(token ? { token } : {}) })),
  )
  return fc.oneof(
    { weight: 6, arbitrary: fc.oneof(...store) },
    { weight: 2, arbitrary: fc.oneof(...producer) },
    { weight: 2, arbitrary: fc.oneof(...admin) },
  )
}

/**
 * A query string the way Express's `qs` parser reads one (`a[b][0]=c`); a value that is not a
 * string is written as its JSON text or its number.
 */
export function queryString(query: unknown): string {
  const pairs: string[] = []
  const walk = (prefix: string, v: unknown, depth: number) => {
    if (v !== null && typeof v === "object" && depth < 8) {
      const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v)
      if (!entries.length) pairs.push(`${encodeLoose(prefix)}=`)
      for (const [k, x] of entries) walk(prefix ? `${prefix}[${k}]` : k, x, depth + 1)
      return
    }
    const text = typeof v === "string" ? v : (JSON.stringify(v) ?? "")
    if (prefix) pairs.push(`${encodeLoose(prefix)}=${encodeLoose(text)}`)
  }
  if (query !== null && typeof query === "object") walk("", query, 0)
  else if (query !== undefined) pairs.push(encodeLoose(String(query)))
  return pairs.join("&").slice(0, 6000)
}

export type FuzzAnswer = { status: number; text: string }

/** Words that only come from inside the shop: filter strings, SQL, stack traces, file paths. */
const INTERNAL =
  /sales_channel_ids IN|status = "published"|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|\bUPDATE\b.+\bSET\b|\bsyntax error at or near\b|\bviolates\b.+constraint|\bat [\w.<>]+ \(|node_modules|\/work\/|\/src\/|\/dist\/|\.js:\d+|MikroORM|Knex|ECONNREFUSED/i

/** What is wrong with an answer, or null: no 5xx, a code on every 4xx, nothing internal in it. */
export function checkAnswer({ status, text }: FuzzAnswer): string | null {
  if (status >= 500) return `answered ${status}: ${text.slice(0, 300)}`
  if (INTERNAL.test(text)) return `answer shows internal detail (${INTERNAL.exec(text)?.[0]}): ${text.slice(0, 300)}`
  if (status >= 400) {
    let code: unknown
    try {
      code = (JSON.parse(text) as { code?: unknown }).code
    } catch {
      return `answered ${status} without JSON: ${text.slice(0, 200)}`
    }
    if (!isErrorCode(code)) return `answered ${status} without a known code (${String(code)}): ${text.slice(0, 300)}`
  }
  return null
}

type Shop = { backendUrl: string; publishableKey: string; adminEmail: string; adminPassword: string }

/**
 * The fuzz's own corner of the shop, so that a generated write that happens to be valid changes
 * nothing another test reads: a producer of its own with a staff login and a draft product (not in
 * the catalogue nor the statistics), and a cart with one line. Reads point at the seeded catalogue.
 */
export async function prepareTargets(shop: Shop): Promise<FuzzTargets & { cleanUp: () => Promise<void> }> {
  const adminToken = await login(shop as Parameters<typeof login>[0])
  const admin = async (method: string, path: string, body?: unknown) => {
    const r = await apiCall(shop.backendUrl, method, path, adminToken, body)
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${r.text}`)
    return r.body
  }
  const storeGet = async (path: string) =>
    (await fetch(shop.backendUrl + path, { headers: { "x-publishable-api-key": shop.publishableKey } })).json()
  const stamp = Date.now().toString(36)
  const { producer } = await admin("POST", "/admin/ocop/producers", {
    name: `Tổ hợp tác Kiểm thử Fuzz ${stamp}`,
    legal_type: "cooperative_group",
    commune_code: "16000",
  })
  const { token: producerToken } = await producerAccount(
    shop.backendUrl,
    adminToken,
    producer.id,
    `fuzz-${stamp}@ocop.test`,
  )
  const { shipping_profiles } = await admin("GET", "/admin/shipping-profiles?limit=1")
  const { sales_channels } = await admin("GET", "/admin/sales-channels?limit=1&name=OCOP%20Market")
  const { product: own } = await admin("POST", "/admin/products", {
    title: `Sản phẩm kiểm thử fuzz ${stamp}`,
    handle: `san-pham-fuzz-${stamp}`,
    status: "draft",
    shipping_profile_id: shipping_profiles[0].id,
    sales_channels: [{ id: sales_channels[0].id }],
    options: [{ title: "Quy cách", values: ["Gói"] }],
    variants: [{ title: "Gói", options: { "Quy cách": "Gói" }, prices: [{ currency_code: "vnd", amount: 50000 }] }],
    additional_data: { producer_id: producer.id },
  })
  const { regions } = await storeGet("/store/regions")
  const { products } = await storeGet("/store/products?limit=1&fields=id,handle,variants.id")
  const { producers } = await storeGet("/store/ocop/producers?limit=1")
  const { campaigns } = await storeGet("/store/ocop/campaigns")
  const storeHeaders = { "content-type": "application/json", "x-publishable-api-key": shop.publishableKey }
  const { cart } = await (
    await fetch(`${shop.backendUrl}/store/carts`, {
      method: "POST",
      headers: storeHeaders,
      body: JSON.stringify({ region_id: regions[0].id }),
    })
  ).json()
  const withLine = await (
    await fetch(`${shop.backendUrl}/store/carts/${cart.id}/line-items`, {
      method: "POST",
      headers: storeHeaders,
      body: JSON.stringify({ variant_id: products[0].variants[0].id, quantity: 1 }),
    })
  ).json()
  return {
    publishableKey: shop.publishableKey,
    regionId: regions[0].id,
    productId: products[0].id,
    variantId: products[0].variants[0].id,
    cartId: cart.id,
    lineId: withLine.cart.items[0].id,
    producerHandle: producers[0]?.handle ?? "x",
    producerId: producer.id,
    campaignHandle: campaigns?.[0]?.handle ?? "x",
    ownProductId: own.id,
    ownVariantId: own.variants[0].id,
    adminToken,
    producerToken,
    cleanUp: async () => void (await admin("DELETE", `/admin/products/${own.id}`)),
  }
}

/** Sends one generated request the way a client would (query string, JSON body, keys and token). */
export async function send(backendUrl: string, t: FuzzTargets, r: FuzzRequest): Promise<FuzzAnswer> {
  const qs = r.query === undefined ? "" : queryString(r.query)
  const res = await fetch(`${backendUrl}${r.path}${qs ? `?${qs}` : ""}`, {
    method: r.method,
    headers: {
      "content-type": "application/json",
      ...(r.path.startsWith("/store") ? { "x-publishable-api-key": t.publishableKey } : {}),
      ...(r.token ? { authorization: `Bearer ${r.token}` } : {}),
    },
    body: r.body === undefined ? undefined : JSON.stringify(r.body),
    // an answer that never comes is a failure too (a request once hung the server's route lookup)
    signal: AbortSignal.timeout(30_000),
  })
  return { status: res.status, text: await res.text() }
}
