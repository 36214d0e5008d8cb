import type { VnpayData } from "@ocop-market/medusa-payment-vnpay"
import type { Sql } from "./sql"

/** The VNPay payment session a payment URL was made for (by its vnp_TxnRef), or null. */
export async function vnpaySessionByTxnRef(
  sql: Sql,
  txnRef: string,
): Promise<{ id: string; amount: number; currency_code: string; status: string; data: VnpayData } | null> {
  const { rows } = await sql.raw(
    `select id, amount::float8 as amount, currency_code, status, data from payment_session
      where provider_id = 'pp_vnpay_vnpay' and deleted_at is null and data->>'txn_ref' = ? limit 1`,
    [txnRef],
  )
  return rows[0] ?? null
}

/** An order's VNPay payment (what VNPay's status query and refunds are about), or null. */
export async function vnpayPaymentOfOrder(sql: Sql, orderId: string): Promise<{ id: string; data: VnpayData } | null> {
  const { rows } = await sql.raw(
    `select p.id, p.data from payment p
       join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id and opc.deleted_at is null
      where opc.order_id = ? and p.provider_id = 'pp_vnpay_vnpay' and p.deleted_at is null
      order by p.created_at desc limit 1`,
    [orderId],
  )
  return rows[0] ?? null
}
