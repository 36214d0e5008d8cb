import type { Sql } from "./sql"

export type CartStockNeed = {
  inventory_item_id: string
  /** Units the cart's lines take from this item (a pack may hold several). */
  needed: number
  /** Units not yet reserved at the stock locations of the cart's sales channel. */
  available: number
  product: string
  pack: string
}

/**
 * What completing an open cart takes from stock: one row per inventory item its lines hold, for
 * packs whose stock is kept and may not go below zero. Nothing for a completed or unknown cart.
 */
export async function cartStockNeeds(sql: Sql, cartId: string): Promise<CartStockNeed[]> {
  const { rows } = await sql.raw(
    `select pvi.inventory_item_id,
            sum(li.quantity * pvi.required_quantity)::int as needed,
            (select coalesce(sum(il.stocked_quantity - il.reserved_quantity), 0)::int
               from inventory_level il
               join sales_channel_stock_location scl
                 on scl.stock_location_id = il.location_id and scl.deleted_at is null
              where il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
                and scl.sales_channel_id = c.sales_channel_id) as available,
            min(li.product_title) as product, min(li.variant_title) as pack
       from cart c
       join cart_line_item li on li.cart_id = c.id and li.deleted_at is null
       join product_variant v on v.id = li.variant_id and v.manage_inventory and not v.allow_backorder
       join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
      where c.id = ? and c.completed_at is null and c.deleted_at is null
      group by pvi.inventory_item_id, c.sales_channel_id`,
    [cartId],
  )
  return rows as CartStockNeed[]
}
