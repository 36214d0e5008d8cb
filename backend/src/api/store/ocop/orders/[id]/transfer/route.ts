import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreBankTransfer } from "@ocop-market/ocop"
import { refuse } from "../../../../../../errors"
import { transferPaymentOfOrder } from "../../../../../../queries/bank-transfers"
import { sqlOf } from "../../../../../../queries/sql"

/**
 * What the shopper needs to pay an order by bank transfer — bank, account, holder, amount,
 * reference, the VietQR payload and the deadline — and whether the money has arrived. For the
 * order's customer or the browser holding its token (store/middlewares.ts), as the order itself.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const payment = await transferPaymentOfOrder(sqlOf(req.scope), req.params.id!)
  if (!payment) throw refuse(MedusaError.Types.NOT_FOUND, "transfer_not_used")
  const d = payment.data
  const status: StoreBankTransfer["status"] = payment.captured
    ? "paid"
    : payment.canceled || payment.order_status === "canceled"
      ? "canceled"
      : "awaiting"
  const transfer: StoreBankTransfer = {
    status,
    reference: d.reference,
    amount: payment.amount,
    bank_bin: d.bank_bin,
    bank_name: d.bank_name,
    account_no: d.account_no,
    account_name: d.account_name,
    payload: d.payload,
    expires_at: d.expires_at ?? null,
  }
  res.json({ transfer })
}
