import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refuse } from "../../../errors"
import { BANK_TRANSFER_MODULE, type BankTransferModuleService } from "../../../modules/bank-transfer"
import { receiveBankTransferWorkflow } from "../../../workflows/bank-transfer"
import type { BankNoticeType } from "../validators"

/**
 * A bank notification of one transaction on the shop's account (signed: hooks/bank-notice.ts).
 * Money in with a known reference and the order's amount: the payment is captured (200). Anything
 * else authentic is recorded for the staff and answered with its code — a replay 409
 * `notice_replayed`, an unknown reference 404, a wrong amount 400, an order paid or cancelled 409 —
 * so a service that retries on a refusal meets `notice_replayed` the next time, and stops.
 */
export async function POST(req: MedusaRequest<BankNoticeType>, res: MedusaResponse) {
  const notice = req.validatedBody
  if (notice.transferType === "out") return res.json({ outcome: "ignored" }) // money the shop sent
  const input = {
    transaction_id: `bank:${notice.id}`,
    amount: notice.transferAmount,
    content: notice.content,
    received_at: notice.transactionDate,
    source: "bank" as const,
  }
  let result
  try {
    ;({ result } = await receiveBankTransferWorkflow(req.scope).run({ input }))
  } catch (e) {
    // the same notification twice at once: the unique transaction id let one through
    const log: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
    if ((await log.listBankTransferNotices({ transaction_id: input.transaction_id })).length) {
      throw refuse(MedusaError.Types.CONFLICT, "notice_replayed")
    }
    throw e
  }
  const params = result.notice_id ? { notice_id: result.notice_id } : undefined
  switch (result.outcome) {
    case "captured":
      return res.json({ success: true, outcome: "captured", order_id: result.order_id })
    case "replayed":
      throw refuse(MedusaError.Types.CONFLICT, "notice_replayed")
    case "unknown_reference":
      throw refuse(MedusaError.Types.NOT_FOUND, "transfer_reference_unknown", { field: "content", params })
    case "wrong_amount":
      throw refuse(MedusaError.Types.INVALID_DATA, "transfer_amount_mismatch", { field: "transferAmount", params })
    case "already_paid":
      throw refuse(MedusaError.Types.CONFLICT, "order_paid_already", { params })
    case "order_canceled":
      throw refuse(MedusaError.Types.CONFLICT, "order_canceled", { params })
  }
}
