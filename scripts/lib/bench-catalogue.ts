/**
 * A large catalogue for the search benchmark, in the real schema: each of the published sample
 * products is copied N times in SQL with its variants, VND prices (price sets of their own), sales
 * channel, stock (the same inventory items), OCOP certification and producer links. Written
 * straight to the database, so no event fires: what the benchmark then measures is Medusa's own
 * reindex reading these rows back through its query graph, and searching them.
 */
import { queryRows } from "@ocop-market/stack"

/** Suffix of every copied row's id: `<original id>_b<k>`; the copies are marked in product.metadata. */
const copy = (col: string) => `${col} || '_b' || k`

const STATEMENTS = (from: string, to: string) => [
  `insert into product (id, title, handle, description, status, thumbnail, discountable, is_giftcard, created_at, updated_at, metadata)
     select ${copy("p.id")}, p.title || ' · lô ' || k, p.handle || '-lo-' || k, p.description, p.status, p.thumbnail, p.discountable, p.is_giftcard,
            p.created_at - make_interval(secs => k), now(), '{"bench": true}'::jsonb
       from template p cross join generate_series(${from}, ${to}) k`,
  `insert into product_variant (id, title, allow_backorder, manage_inventory, variant_rank, product_id, created_at, updated_at)
     select ${copy("v.id")}, v.title, v.allow_backorder, v.manage_inventory, v.variant_rank, ${copy("v.product_id")}, now(), now()
       from product_variant v join template p on p.id = v.product_id cross join generate_series(${from}, ${to}) k where v.deleted_at is null`,
  `insert into price_set (id, created_at, updated_at)
     select ${copy("l.price_set_id")}, now(), now()
       from product_variant_price_set l join product_variant v on v.id = l.variant_id join template p on p.id = v.product_id
       cross join generate_series(${from}, ${to}) k where l.deleted_at is null and v.deleted_at is null`,
  `insert into price (id, title, price_set_id, currency_code, raw_amount, rules_count, amount, created_at, updated_at)
     select ${copy("pr.id")}, pr.title, ${copy("pr.price_set_id")}, pr.currency_code, pr.raw_amount, pr.rules_count, pr.amount, now(), now()
       from price pr join product_variant_price_set l on l.price_set_id = pr.price_set_id join product_variant v on v.id = l.variant_id
       join template p on p.id = v.product_id cross join generate_series(${from}, ${to}) k
      where pr.deleted_at is null and pr.price_list_id is null and l.deleted_at is null and v.deleted_at is null`,
  `insert into product_variant_price_set (variant_id, price_set_id, id)
     select ${copy("l.variant_id")}, ${copy("l.price_set_id")}, ${copy("l.id")}
       from product_variant_price_set l join product_variant v on v.id = l.variant_id join template p on p.id = v.product_id
       cross join generate_series(${from}, ${to}) k where l.deleted_at is null and v.deleted_at is null`,
  `insert into product_variant_inventory_item (variant_id, inventory_item_id, id, required_quantity)
     select ${copy("l.variant_id")}, l.inventory_item_id, ${copy("l.id")}, l.required_quantity
       from product_variant_inventory_item l join product_variant v on v.id = l.variant_id join template p on p.id = v.product_id
       cross join generate_series(${from}, ${to}) k where l.deleted_at is null and v.deleted_at is null`,
  ...[
    "product_sales_channel:sales_channel_id",
    "product_product_ocop_ocop_certification:ocop_certification_id",
    "product_product_ocop_producer:producer_id",
  ].map((spec) => {
    const [table, other] = spec.split(":")
    return `insert into ${table} (product_id, ${other}, id)
       select ${copy("l.product_id")}, l.${other}, ${copy("l.id")}
         from ${table} l join template p on p.id = l.product_id cross join generate_series(${from}, ${to}) k where l.deleted_at is null`
  }),
]

/**
 * Copies the sample catalogue until it holds at least `target` products; calls `progress` after
 * each batch with the number of products written so far. Returns the final count.
 */
export async function cloneSampleCatalogue(
  databaseUrl: string,
  target: number,
  progress: (done: number, total: number) => void,
): Promise<number> {
  const n = (
    await queryRows<{ n: number }>(
      databaseUrl,
      `select count(*)::int as n from product where deleted_at is null and status = 'published' and metadata->>'bench' is null`,
    )
  )?.[0]?.n
  if (!n) throw new Error("no published sample products to copy: the seed did not run")
  const copies = Math.ceil(target / n)
  const perBatch = Math.max(1, Math.floor(5000 / n))
  for (let k = 1; k <= copies; k += perBatch) {
    const last = Math.min(copies, k + perBatch - 1)
    // one transaction per batch: a batch is all there or not at all
    const sql = [
      "begin",
      `create temporary table template on commit drop as
         select * from product where deleted_at is null and status = 'published' and metadata->>'bench' is null`,
      ...STATEMENTS(String(k), String(last)),
      "commit",
    ].join(";\n")
    await queryRows(databaseUrl, sql)
    progress(last * n, copies * n)
  }
  return n + copies * n
}
