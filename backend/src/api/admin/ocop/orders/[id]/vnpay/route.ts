import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { queryTransaction, vnpayClient, vnpaySettings } from "@ocop-market/medusa-payment-vnpay"
import { refuse } from "../../../../../../errors"
import { vnpayPaymentOfOrder } from "../../../../../../queries/vnpay-payments"
import { sqlOf } from "../../../../../../queries/sql"

/** VNPay's own record of an order's payment (its querydr API), beside what the shop keeps. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const configured = vnpaySettings(process.env)
  if (!configured || !("settings" in configured)) throw refuse(MedusaError.Types.NOT_FOUND, "not_found")
  const payment = await vnpayPaymentOfOrder(sqlOf(req.scope), req.params.id!)
  if (!payment) throw refuse(MedusaError.Types.NOT_FOUND, "not_found", { message: "this order is not paid by VNPay" })
  const answer = await queryTransaction(vnpayClient(configured.settings), {
    txn_ref: payment.data.txn_ref,
    create_date: payment.data.create_date,
    transaction_no: payment.data.paid?.transaction_no,
  })
  res.json({
    shop: { txn_ref: payment.data.txn_ref, paid: payment.data.paid ?? null, refunds: payment.data.refunds ?? [] },
    vnpay: {
      verified: answer.isVerified,
      response_code: String(answer.vnp_ResponseCode ?? ""),
      transaction_status: String(answer.vnp_TransactionStatus ?? ""),
      transaction_no: String(answer.vnp_TransactionNo ?? ""),
      amount: Number(answer.vnp_Amount ?? 0) / 100,
      message: answer.message,
    },
  })
}
