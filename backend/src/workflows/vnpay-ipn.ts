/**
 * VNPay's IPN (server to server) is the only thing that marks a VNPay payment paid. Checked: the
 * checksum, the payment it names, the amount, that it was not answered before. Then the payment
 * session keeps VNPay's answer, and — paid — Medusa's own processPaymentWorkflow authorizes it
 * (the provider reports it captured), captures it and completes the cart, as Stripe's webhook does
 * for a shopper who never came back to the shop. The answer is one of VNPay's RspCodes.
 */
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules, PaymentActions } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, processPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { IPN_ANSWERS, vnpayClient, vnpaySettings, type VnpayData } from "@ocop-market/medusa-payment-vnpay"
import { vnpaySessionByTxnRef } from "../queries/vnpay-payments"
import { sqlOf } from "../queries/sql"

type IpnAnswer = (typeof IPN_ANSWERS)[keyof typeof IPN_ANSWERS]
type Checked = {
  answer: IpnAnswer
  session?: { id: string; amount: number; currency_code: string; data: VnpayData }
  result?: Pick<VnpayData, "paid" | "failed">
}

const checkIpnStep = createStep("check-vnpay-ipn", async (query: Record<string, string>, { container }) => {
  const configured = vnpaySettings(process.env)
  if (!configured || !("settings" in configured)) return new StepResponse<Checked>({ answer: IPN_ANSWERS.error })
  let verified
  try {
    verified = vnpayClient(configured.settings).verifyIpnCall(query as never)
  } catch {
    return new StepResponse<Checked>({ answer: IPN_ANSWERS.bad_checksum }) // e.g. an amount that is no number
  }
  if (!verified.isVerified) return new StepResponse<Checked>({ answer: IPN_ANSWERS.bad_checksum })
  const session = await vnpaySessionByTxnRef(sqlOf(container), String(verified.vnp_TxnRef ?? ""))
  if (!session) return new StepResponse<Checked>({ answer: IPN_ANSWERS.unknown })
  if (Number(verified.vnp_Amount) !== session.amount)
    return new StepResponse<Checked>({ answer: IPN_ANSWERS.wrong_amount })
  if (session.data.paid || session.data.failed) return new StepResponse<Checked>({ answer: IPN_ANSWERS.done_already })
  const at = new Date().toISOString()
  const paid = verified.isSuccess && String(verified.vnp_TransactionStatus ?? "00") === "00"
  const result: Checked["result"] = paid
    ? {
        paid: {
          transaction_no: String(verified.vnp_TransactionNo ?? ""),
          bank_code: String(verified.vnp_BankCode ?? ""),
          pay_date: String(verified.vnp_PayDate ?? ""),
          at,
        },
      }
    : { failed: { response_code: String(verified.vnp_ResponseCode ?? ""), at } }
  return new StepResponse<Checked>({ answer: IPN_ANSWERS.confirmed, session, result })
})

/** The session keeps VNPay's answer (paid, or failed with its code); put back if a later step fails. */
const recordIpnStep = createStep(
  "record-vnpay-ipn",
  async (input: Checked, { container }) => {
    const payments: IPaymentModuleService = container.resolve(Modules.PAYMENT)
    const { session, result } = input
    await payments.updatePaymentSession({
      id: session!.id,
      amount: session!.amount,
      currency_code: session!.currency_code,
      data: { ...session!.data, ...result },
    })
    return new StepResponse(null, session!)
  },
  async (session, { container }) => {
    if (!session) return
    const payments: IPaymentModuleService = container.resolve(Modules.PAYMENT)
    await payments.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: session.data,
    })
  },
)

export const receiveVnpayIpnWorkflow = createWorkflow("receive-vnpay-ipn", (query: Record<string, string>) => {
  // one IPN per payment at a time: a second copy waits, then finds it answered (02)
  const key = transform({ query }, ({ query }) => `vnpay-ipn:${String(query.vnp_TxnRef ?? "")}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const checked = checkIpnStep(query)
  when({ checked }, ({ checked }) => !!checked.result).then(() => {
    recordIpnStep(checked)
  })
  when({ checked }, ({ checked }) => !!checked.result?.paid).then(() => {
    processPaymentWorkflow.runAsStep({
      input: transform({ checked }, ({ checked }) => ({
        action: PaymentActions.SUCCESSFUL,
        data: { session_id: checked.session!.id, amount: checked.session!.amount },
      })),
    })
  })
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ checked }, ({ checked }) => checked.answer))
})
