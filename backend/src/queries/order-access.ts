import type { Sql } from "./sql"

/** Who may see an order: its customer, and the contact it was placed with. Null for an unknown id. */
export async function orderOwner(sql: Sql, orderId: string): Promise<{ customer_id: string | null } | null> {
  const { rows } = await sql.raw(`select customer_id from "order" where id = ? and deleted_at is null`, [orderId])
  return rows[0] ?? null
}

/**
 * The order with this number placed with this e-mail or phone (digits compared, so 0912 345 678
 * and +84912345678 are one phone), or null. One query either way: a miss takes as long as a hit.
 */
export async function orderByNumberAndContact(
  sql: Sql,
  displayId: number,
  email: string,
  phoneDigits: string,
): Promise<{ id: string } | null> {
  const { rows } = await sql.raw(
    `select o.id from "order" o
       left join order_address a on a.id = o.shipping_address_id
      where o.display_id = ? and o.deleted_at is null and not o.is_draft_order
        and (lower(o.email) = ? or (? <> '' and right(regexp_replace(coalesce(a.phone, ''), '\\D', '', 'g'), 9) = ?))
      limit 1`,
    [displayId, email, phoneDigits, phoneDigits],
  )
  return rows[0] ?? null
}
