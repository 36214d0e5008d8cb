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
import { bankOf, vietQrPayload, type TransferAccount } from "./payload"
import { newTransferReference } from "./reference"

export type VietQrOptions = TransferAccount & {
  /** Hours the shopper has to transfer before the order may be cancelled (default 24). */
  paymentHours?: number
  /** The references' prefix (default "OCOP"). */
  referencePrefix?: string
}

/** What a VietQR payment keeps in its data: all the shopper needs to transfer, and when things happened. */
export type TransferData = {
  reference: string
  amount: number
  bank_bin: string
  bank_name: string
  account_no: string
  account_name: string
  payload: string
  authorized_at?: string
  expires_at?: string
  captured_at?: string
  canceled_at?: string
  refunds?: { amount: number; at: string }[]
}

const wholeDong = (amount: unknown) => {
  const n = Number(new BigNumber(amount as number).numeric)
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR: ${n} is not a whole number of dong`)
  return n
}

/**
 * Bank transfer by VietQR. A payment gets a transfer reference and a QR with the amount; the order
 * is placed at once (authorized, as cash on delivery is) and the payment is captured when the money
 * arrives: the shop's bank-notification route, or the admin, runs Medusa's capture for it. Nothing
 * here talks to a bank: a transfer is between the shopper's bank and the shop's account.
 */
export class VietQrPaymentProvider extends AbstractPaymentProvider<VietQrOptions> {
  static identifier = "vietqr"

  static validateOptions(options: Record<string, unknown>): void {
    for (const key of ["bankBin", "accountNo", "accountName"]) {
      if (typeof options[key] !== "string" || !options[key])
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR provider: option ${key} is required`)
    }
    if (!bankOf(String(options.bankBin)))
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `VietQR provider: ${options.bankBin} is not a VietQR bank's BIN`,
      )
  }

  protected readonly options_: VietQrOptions

  constructor(cradle: Record<string, unknown>, options: VietQrOptions) {
    super(cradle, options)
    this.options_ = options
  }

  private transfer(amount: number, reference: string): TransferData {
    const { bankBin, accountNo, accountName } = this.options_
    return {
      reference,
      amount,
      bank_bin: bankBin,
      bank_name: bankOf(bankBin)?.shortName ?? bankBin,
      account_no: accountNo,
      account_name: accountName,
      payload: vietQrPayload({ bankBin, accountNo }, amount, reference),
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (input.currency_code.toLowerCase() !== "vnd")
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "VietQR: transfers are in VND only")
    const reference = newTransferReference(this.options_.referencePrefix)
    return { id: reference, data: this.transfer(wholeDong(input.amount), reference) }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = input.data as TransferData
    return { data: { ...data, ...this.transfer(wholeDong(input.amount), data.reference) } }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const now = new Date()
    const hours = this.options_.paymentHours ?? 24
    return {
      status: PaymentSessionStatus.AUTHORIZED,
      data: {
        ...input.data,
        authorized_at: now.toISOString(),
        expires_at: new Date(now.getTime() + hours * 3_600_000).toISOString(),
      },
    }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, captured_at: new Date().toISOString() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, canceled_at: new Date().toISOString() } }
  }

  /** The money goes back by a transfer from the shop's bank; this records that it was refunded. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = input.data as TransferData
    const refund = { amount: Number(new BigNumber(input.amount as number).numeric), at: new Date().toISOString() }
    return { data: { ...data, refunds: [...(data.refunds ?? []), refund] } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as Partial<TransferData>
    const status = data.captured_at
      ? PaymentSessionStatus.CAPTURED
      : data.canceled_at
        ? PaymentSessionStatus.CANCELED
        : data.authorized_at
          ? PaymentSessionStatus.AUTHORIZED
          : PaymentSessionStatus.PENDING
    return { status, data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  /** Bank notifications come through the shop's own signed route, which keeps a log of them. */
  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
