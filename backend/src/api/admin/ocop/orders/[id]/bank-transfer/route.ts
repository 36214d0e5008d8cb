import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refuse } from "../../../../../../errors"
import { BANK_TRANSFER_MODULE, type BankTransferModuleService } from "../../../../../../modules/bank-transfer"
import { transferPaymentOfOrder } from "../../../../../../queries/bank-transfers"
import { sqlOf } from "../../../../../../queries/sql"
import { receiveBankTransferWorkflow } from "../../../../../../workflows/bank-transfer"
import type { TransferReceivedType } from "../../../validators"

/** An order's bank transfer as the admin sees it: what the shopper was asked to pay, and what came in for it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const payment = await transferPaymentOfOrder(sqlOf(req.scope), req.params.id!)
  if (!payment) throw refuse(MedusaError.Types.NOT_FOUND, "transfer_not_used")
  const log: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  const notices = await log.listBankTransferNotices({ order_id: payment.order_id }, { order: { received_at: "DESC" } })
  res.json({
    transfer: {
      reference: payment.data.reference,
      amount: payment.amount,
      captured: payment.captured,
      canceled: payment.canceled,
      expires_at: payment.data.expires_at ?? null,
    },
    notices,
  })
}

/** The admin saw the money on the bank's statement: the payment is captured, with the admin's note kept. */
export async function POST(req: AuthenticatedMedusaRequest<TransferReceivedType>, res: MedusaResponse) {
  const payment = await transferPaymentOfOrder(sqlOf(req.scope), req.params.id!)
  if (!payment) throw refuse(MedusaError.Types.NOT_FOUND, "transfer_not_used")
  const { result } = await receiveBankTransferWorkflow(req.scope).run({
    input: {
      transaction_id: `admin:${payment.payment_id}`,
      amount: payment.amount,
      content: payment.data.reference,
      received_at: new Date().toISOString(),
      source: "admin",
      order_id: payment.order_id,
      note: req.validatedBody.note,
      created_by: req.auth_context.actor_id,
    },
  })
  if (result.outcome === "replayed") throw refuse(MedusaError.Types.NOT_ALLOWED, "order_paid_already")
  res.json({ outcome: result.outcome, notice_id: result.notice_id })
}
