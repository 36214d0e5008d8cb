/**
 * Money in by bank transfer: a bank's notification (or the admin marking a transfer received) is
 * matched to a VietQR payment by its reference (or the order), recorded, and — when the amount is
 * the order's and the order is still waiting — captured with Medusa's own capture workflow.
 * Whatever does not match is recorded too, for the province's staff to sort out; nothing else
 * changes. The record comes before the capture: a notification sent twice at once meets the
 * unique transaction id, and only one capture runs.
 */
import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { referenceIn } from "@ocop-market/medusa-payment-vietqr"
import { refuse } from "../errors"
import { BANK_TRANSFER_MODULE, type BankTransferModuleService } from "../modules/bank-transfer"
import { transferPaymentByReference, transferPaymentOfOrder, type TransferPayment } from "../queries/bank-transfers"
import { sqlOf } from "../queries/sql"

export type TransferNotice = {
  transaction_id: string
  amount: number
  content: string
  received_at: string
  source: "bank" | "admin"
  /** The admin marks an order's transfer; the bank's notice is matched by the reference in its content. */
  order_id?: string
  note?: string | null
  created_by?: string | null
}

export type TransferOutcome = "captured" | "wrong_amount" | "unknown_reference" | "already_paid" | "order_canceled"
type Match = { outcome: TransferOutcome | "replayed"; payment: TransferPayment | null; reference: string | null }

function outcomeOf(payment: TransferPayment | null, amount: number): TransferOutcome {
  if (!payment) return "unknown_reference"
  if (payment.canceled || payment.order_status === "canceled") return "order_canceled"
  if (payment.captured) return "already_paid"
  return payment.amount === amount ? "captured" : "wrong_amount"
}

/** Refusals of the admin's mark (nothing recorded: the admin sees why at once). */
const ADMIN_REFUSALS = {
  unknown_reference: () => refuse(MedusaError.Types.NOT_FOUND, "transfer_not_used"),
  order_canceled: () => refuse(MedusaError.Types.NOT_ALLOWED, "order_canceled"),
  already_paid: () => refuse(MedusaError.Types.NOT_ALLOWED, "order_paid_already"),
  wrong_amount: () => refuse(MedusaError.Types.NOT_ALLOWED, "transfer_amount_mismatch", { field: "amount" }),
}

const matchTransferStep = createStep("match-bank-transfer", async (input: TransferNotice, { container }) => {
  const log: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
  const [seen] = await log.listBankTransferNotices({ transaction_id: input.transaction_id })
  if (seen) return new StepResponse<Match>({ outcome: "replayed", payment: null, reference: seen.reference })
  const sql = sqlOf(container)
  const reference = input.order_id ? null : referenceIn(input.content)
  const payment = input.order_id
    ? await transferPaymentOfOrder(sql, input.order_id)
    : reference
      ? await transferPaymentByReference(sql, reference)
      : null
  const outcome = outcomeOf(payment, input.amount)
  if (input.source === "admin" && outcome !== "captured") throw ADMIN_REFUSALS[outcome]()
  return new StepResponse<Match>({ outcome, payment, reference: reference ?? payment?.data.reference ?? null })
})

const recordTransferStep = createStep(
  "record-bank-transfer",
  async (input: { notice: TransferNotice; match: Match }, { container }) => {
    const log: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const { notice, match } = input
    const record = await log.createBankTransferNotices({
      transaction_id: notice.transaction_id,
      source: notice.source,
      reference: match.reference,
      amount: notice.amount,
      content: notice.content,
      received_at: new Date(notice.received_at),
      outcome: match.outcome as TransferOutcome,
      payment_id: match.payment?.payment_id ?? null,
      order_id: match.payment?.order_id ?? null,
      note: notice.note ?? null,
      created_by: notice.created_by ?? null,
    })
    return new StepResponse(record, record.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(BANK_TRANSFER_MODULE) as BankTransferModuleService).deleteBankTransferNotices(id)
  },
)

export const receiveBankTransferWorkflow = createWorkflow("receive-bank-transfer", (input: TransferNotice) => {
  const match = matchTransferStep(input)
  const recorded = when({ match }, ({ match }) => match.outcome !== "replayed").then(() =>
    recordTransferStep({ notice: input, match }),
  )
  when({ match }, ({ match }) => match.outcome === "captured").then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ match, input }, ({ match, input }) => ({
        payment_id: match.payment!.payment_id,
        amount: input.amount,
        captured_by: input.created_by ?? undefined,
      })),
    })
  })
  return new WorkflowResponse(
    transform({ match, recorded }, ({ match, recorded }) => ({
      outcome: match.outcome,
      reference: match.reference,
      order_id: match.payment?.order_id ?? null,
      display_id: match.payment?.display_id ?? null,
      notice_id: recorded?.id ?? null,
    })),
  )
})
