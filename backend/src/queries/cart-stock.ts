import type { Sql } from "./sql"

export type CartStockNeed = {
  inventory_item_id: string
  /** Units the cart's lines take from this item (a pack may hold several). */
  needed: number
  /** Units not yet reserved at the stock locations of the cart's sales channel. */
  available: number
  /** When this was read, by the database's clock (ms since the epoch). */
  read_at: number
  /** Reservations of this item at those locations made in the last `recentMs`: [made at (ms), units]. */
  recent: [number, number][]
  product: string
  pack: string
}

/**
 * What completing an open cart takes from stock: one row per inventory item its lines hold, for
 * packs whose stock is kept and may not go below zero. Nothing for a completed or unknown cart.
 * The recent reservations let checkout admission tell units already reserved from units still held.
 */
export async function cartStockNeeds(sql: Sql, cartId: string, recentMs: number): Promise<CartStockNeed[]> {
  const { rows } = await sql.raw(
    `with channel_locations as (
       select scl.stock_location_id from sales_channel_stock_location scl
        join cart c on c.sales_channel_id = scl.sales_channel_id
        where c.id = ? and scl.deleted_at is null
     )
     select pvi.inventory_item_id,
            sum(li.quantity * pvi.required_quantity)::int as needed,
            (select coalesce(sum(il.stocked_quantity - il.reserved_quantity), 0)::int
               from inventory_level il
              where il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
                and il.location_id in (select stock_location_id from channel_locations)) as available,
            (extract(epoch from now()) * 1000)::float8 as read_at,
            (select coalesce(json_agg(json_build_array((extract(epoch from r.created_at) * 1000)::float8, r.quantity::int)), '[]')
               from reservation_item r
              where r.inventory_item_id = pvi.inventory_item_id and r.deleted_at is null
                and r.created_at > now() - make_interval(secs => ? / 1000.0)
                and r.location_id in (select stock_location_id from channel_locations)) as recent,
            min(li.product_title) as product, min(li.variant_title) as pack
       from cart c
       join cart_line_item li on li.cart_id = c.id and li.deleted_at is null
       join product_variant v on v.id = li.variant_id and v.manage_inventory and not v.allow_backorder
       join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
      where c.id = ? and c.completed_at is null and c.deleted_at is null
      group by pvi.inventory_item_id`,
    [cartId, recentMs, cartId],
  )
  return rows as CartStockNeed[]
}
