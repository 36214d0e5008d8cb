import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  BigNumber,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import crypto from "node:crypto"
import type { VNPay } from "vnpay"
import { vnpayClient, vnpayDate } from "./client"
import type { VnpaySettings } from "./settings"

export type VnpayOptions = VnpaySettings & {
  /** Where VNPay sends the shopper back (the storefront's return page)… */
  returnUrl: string
  /** …or, for a shopper in another language, its page in that language (e.g. { en: ".../en/checkout/vnpay" }). */
  returnUrlByLocale?: Record<string, string>
  /** Minutes the payment page stays open (vnp_ExpireDate; default 15). */
  expiryMinutes?: number
}

/** What a VNPay payment keeps in its data. `paid` is set by the IPN alone (the shop's IPN route). */
export type VnpayData = {
  txn_ref: string
  amount: number
  payment_url: string
  create_date: string
  client_ip: string
  locale: string
  paid?: { transaction_no: string; bank_code: string; pay_date: string; at: string }
  failed?: { response_code: string; at: string }
  refunds?: { amount: number; at: string; response_code: string }[]
}

const wholeDong = (amount: unknown) => {
  const n = Number(new BigNumber(amount as number).numeric)
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `VNPay: ${n} is not a whole number of dong`)
  return n
}

/**
 * VNPay. A payment is a payment URL signed with HMAC-SHA512 (vnp_Amount = dong × 100, built by the
 * `vnpay` library); the shopper pays on VNPay's page. Only VNPay's server-to-server IPN, checked by
 * the shop's route, marks it paid (in its data); authorizing then reports it captured, as VNPay
 * pays at once. Refunds go to VNPay's refund API.
 */
export class VnpayPaymentProvider extends AbstractPaymentProvider<VnpayOptions> {
  static identifier = "vnpay"

  static validateOptions(options: Record<string, unknown>): void {
    for (const key of ["tmnCode", "hashSecret", "host", "returnUrl"]) {
      if (typeof options[key] !== "string" || !options[key])
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `VNPay provider: option ${key} is required`)
    }
  }

  protected readonly options_: VnpayOptions
  protected readonly vnpay_: VNPay

  constructor(cradle: Record<string, unknown>, options: VnpayOptions) {
    super(cradle, options)
    this.options_ = options
    this.vnpay_ = vnpayClient(options)
  }

  private paymentUrl(amount: number, txnRef: string, at: Date, clientIp: string, locale: string) {
    return this.vnpay_.buildPaymentUrl({
      vnp_Amount: amount,
      vnp_IpAddr: clientIp,
      vnp_ReturnUrl: this.options_.returnUrlByLocale?.[locale] ?? this.options_.returnUrl,
      vnp_TxnRef: txnRef,
      vnp_OrderInfo: `Thanh toan don hang OCOP ${txnRef}`,
      vnp_OrderType: "other" as never,
      vnp_Locale: (locale === "en" ? "en" : "vn") as never,
      vnp_CreateDate: Number(vnpayDate(at)),
      vnp_ExpireDate: Number(vnpayDate(new Date(at.getTime() + (this.options_.expiryMinutes ?? 15) * 60_000))),
    })
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (input.currency_code.toLowerCase() !== "vnd")
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "VNPay: payments are in VND only")
    const given = (input.data ?? {}) as { client_ip?: unknown; locale?: unknown }
    const clientIp = typeof given.client_ip === "string" && given.client_ip ? given.client_ip.slice(0, 45) : "127.0.0.1"
    const txnRef = `OCOP${Date.now().toString(36).toUpperCase()}${crypto.randomBytes(3).toString("hex").toUpperCase()}`
    const amount = wholeDong(input.amount)
    const at = new Date()
    const locale = given.locale === "en" ? "en" : "vi"
    const data: VnpayData = {
      txn_ref: txnRef,
      amount,
      create_date: vnpayDate(at),
      client_ip: clientIp,
      locale,
      payment_url: this.paymentUrl(amount, txnRef, at, clientIp, locale),
    }
    return { id: txnRef, data }
  }

  /** A new amount (the cart changed): a new payment URL, with a new reference (VNPay takes one per URL). */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = input.data as VnpayData
    if (data.paid || data.failed) return { data } // VNPay has answered for this URL: the IPN's record stays
    const txnRef = `${data.txn_ref.slice(0, 20)}${crypto.randomBytes(2).toString("hex").toUpperCase()}`
    const amount = wholeDong(input.amount)
    const at = new Date()
    return {
      data: {
        ...data,
        txn_ref: txnRef,
        amount,
        create_date: vnpayDate(at),
        payment_url: this.paymentUrl(amount, txnRef, at, data.client_ip, data.locale ?? "vi"),
      },
    }
  }

  /** Paid only once the IPN said so: then captured (VNPay has no separate capture). */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = input.data as VnpayData
    if (data.paid) return { status: PaymentSessionStatus.CAPTURED, data }
    if (data.failed) return { status: PaymentSessionStatus.ERROR, data }
    return { status: PaymentSessionStatus.PENDING, data }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data }
  }

  /** The money back through VNPay's refund API (full or partial), or an error that says VNPay's code. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = input.data as VnpayData
    if (!data.paid) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "VNPay: this payment was never paid")
    const amount = wholeDong(input.amount)
    const refunded = (data.refunds ?? []).reduce((sum, r) => sum + r.amount, 0)
    const answer = await this.vnpay_
      .refund({
        vnp_Amount: amount,
        vnp_CreateBy: "ocop-admin",
        vnp_CreateDate: Number(vnpayDate(new Date())),
        vnp_IpAddr: "127.0.0.1",
        vnp_OrderInfo: `Hoan tien ${data.txn_ref}`,
        vnp_RequestId: crypto.randomBytes(8).toString("hex"),
        vnp_TransactionDate: Number(data.create_date),
        vnp_TransactionType: (refunded + amount >= data.amount ? "02" : "03") as never,
        vnp_TxnRef: data.txn_ref,
        vnp_TransactionNo: Number(data.paid.transaction_no),
      })
      .catch((e: Error) => {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `VNPay cannot be reached for the refund: ${e.message}`,
        )
      })
    if (!answer.isVerified || !answer.isSuccess)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `VNPay refused the refund (${String(answer.vnp_ResponseCode)}): ${answer.message}`,
      )
    const refund = { amount, at: new Date().toISOString(), response_code: String(answer.vnp_ResponseCode) }
    return { data: { ...data, refunds: [...(data.refunds ?? []), refund] } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as Partial<VnpayData>
    const status = data.paid
      ? PaymentSessionStatus.CAPTURED
      : data.failed
        ? PaymentSessionStatus.ERROR
        : PaymentSessionStatus.PENDING
    return { status, data: input.data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  /** IPN calls come through the shop's own route (checksum, amount, idempotency, VNPay's RspCode). */
  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
