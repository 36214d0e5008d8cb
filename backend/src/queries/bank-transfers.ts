import type { TransferData } from "@ocop-market/medusa-payment-vietqr"
import type { Sql } from "./sql"

/** A VietQR payment with its order: what a bank notification is matched against. */
export type TransferPayment = {
  payment_id: string
  order_id: string
  display_id: number
  order_status: string
  amount: number
  captured: boolean
  canceled: boolean
  data: TransferData
}

const TRANSFER_PAYMENTS = `select p.id as payment_id, o.id as order_id, o.display_id, o.status as order_status,
         p.amount::float8 as amount, p.captured_at is not null as captured, p.canceled_at is not null as canceled, p.data
    from payment p
    join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id and opc.deleted_at is null
    join "order" o on o.id = opc.order_id and o.deleted_at is null
   where p.deleted_at is null and p.provider_id = 'pp_vietqr_vietqr'`

/** The payment whose transfer reference this is (references are unique), or null. */
export async function transferPaymentByReference(sql: Sql, reference: string): Promise<TransferPayment | null> {
  const { rows } = await sql.raw(`${TRANSFER_PAYMENTS} and p.data->>'reference' = ? limit 1`, [reference])
  return rows[0] ?? null
}

/** An order's VietQR payment (its latest), or null when it is paid another way. */
export async function transferPaymentOfOrder(sql: Sql, orderId: string): Promise<TransferPayment | null> {
  const { rows } = await sql.raw(`${TRANSFER_PAYMENTS} and o.id = ? order by p.created_at desc limit 1`, [orderId])
  return rows[0] ?? null
}

/** Orders waiting for a transfer past its deadline (expires_at): neither paid nor cancelled. */
export async function unpaidTransferOrders(sql: Sql, now: Date): Promise<{ order_id: string; display_id: number }[]> {
  const { rows } = await sql.raw(
    `select distinct order_id, display_id from (${TRANSFER_PAYMENTS}
        and p.captured_at is null and p.canceled_at is null and o.status not in ('canceled', 'archived')
        and (p.data->>'expires_at')::timestamptz < ?) t`,
    [now.toISOString()],
  )
  return rows
}
