import type { Sql } from "./sql"

/**
 * Orders placed as a guest with this customer's e-mail (an account's address is proven by its
 * sign-up mail), newest first, each with whether a claim of it waits for its confirmation.
 */
export async function guestOrdersOf(
  sql: Sql,
  customerId: string,
  orderId?: string,
): Promise<{ id: string; claim_requested: boolean }[]> {
  const { rows } = await sql.raw(
    `select o.id,
            exists (select 1 from order_change ch
                     where ch.order_id = o.id and ch.change_type = 'transfer' and ch.status = 'requested'
                       and ch.deleted_at is null) as claim_requested
       from customer me
       join "order" o on lower(o.email) = lower(me.email) and o.deleted_at is null
        and not o.is_draft_order and o.status <> 'canceled'
       join customer guest on guest.id = o.customer_id and not guest.has_account
      where me.id = ? and me.deleted_at is null and me.has_account and (?::text is null or o.id = ?)
      order by o.created_at desc
      limit 20`,
    [customerId, orderId ?? null, orderId ?? null],
  )
  return rows
}
