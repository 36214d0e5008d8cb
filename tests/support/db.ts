import { Client } from "pg"

/** One query against the test stack's database (tests check what was written, not only what was answered). */
export async function sql<T = Record<string, unknown>>(
  databaseUrl: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, params)).rows as T[]
  } finally {
    await client.end()
  }
}

/** The pack with the most stock (for tests that order many times), with its inventory item and location. */
export async function mostStockedPack(databaseUrl: string) {
  const [pack] = await sql<{ variant_id: string; inventory_item_id: string; location_id: string; stocked: number }>(
    databaseUrl,
    `select pvi.variant_id, l.inventory_item_id, l.location_id, l.stocked_quantity::int as stocked
       from inventory_level l join product_variant_inventory_item pvi on pvi.inventory_item_id = l.inventory_item_id
      where l.deleted_at is null and pvi.deleted_at is null order by l.stocked_quantity desc limit 1`,
  )
  return pack!
}

/** Units of an inventory item held by live reservations (what orders not yet shipped hold). */
export async function reservedUnits(databaseUrl: string, inventoryItemId: string): Promise<number> {
  const [row] = await sql<{ n: string }>(
    databaseUrl,
    `select coalesce(sum(quantity), 0) as n from reservation_item where inventory_item_id = $1 and deleted_at is null`,
    [inventoryItemId],
  )
  return Number(row!.n)
}
