import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANK_TRANSFER_MODULE, type BankTransferModuleService } from "../../../../modules/bank-transfer"
import type { TransferNoticeQueryType } from "../validators"

const UNMATCHED = ["wrong_amount", "unknown_reference", "already_paid", "order_canceled"] as const

/** The bank transfers received, newest first: by default those the staff must sort out by hand. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { outcome, limit, offset } = req.validatedQuery as TransferNoticeQueryType
  const log: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  const filter = outcome === "all" ? {} : outcome === "unmatched" ? { outcome: [...UNMATCHED] } : { outcome: [outcome] }
  const [notices, count] = await log.listAndCountBankTransferNotices(filter, {
    order: { received_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ notices, count, limit, offset })
}
