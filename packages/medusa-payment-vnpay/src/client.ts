import crypto from "node:crypto"
import { ignoreLogger, VNPay } from "vnpay"
import type { VnpaySettings } from "./settings"

/** The vnpay library's client for these settings: payment URLs, checksums, refunds and queries. */
export function vnpayClient(settings: VnpaySettings): VNPay {
  return new VNPay({
    tmnCode: settings.tmnCode,
    secureSecret: settings.hashSecret,
    vnpayHost: settings.host,
    queryDrAndRefundHost: settings.apiHost,
    hashAlgorithm: "SHA512" as never,
    enableLog: false,
    loggerFn: ignoreLogger,
  })
}

/** "yyyyMMddHHmmss" in Vietnam time, as VNPay writes dates (vnp_CreateDate, vnp_ExpireDate). */
export function vnpayDate(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3_600_000).toISOString()
  return local.slice(0, 19).replace(/[-T:]/g, "")
}

/** VNPay's answers to an IPN call (it retries until it gets one of them). */
export const IPN_ANSWERS = {
  confirmed: { RspCode: "00", Message: "Confirm Success" },
  unknown: { RspCode: "01", Message: "Order not found" },
  done_already: { RspCode: "02", Message: "Order already confirmed" },
  wrong_amount: { RspCode: "04", Message: "Invalid amount" },
  bad_checksum: { RspCode: "97", Message: "Invalid signature" },
  error: { RspCode: "99", Message: "Unknown error" },
} as const

/** VNPay's own record of a transaction (querydr): what the admin's status query shows. */
export function queryTransaction(
  client: VNPay,
  payment: { txn_ref: string; create_date: string; transaction_no?: string },
) {
  return client.queryDr({
    vnp_RequestId: crypto.randomBytes(8).toString("hex"),
    vnp_IpAddr: "127.0.0.1",
    vnp_TxnRef: payment.txn_ref,
    vnp_OrderInfo: `Truy van ${payment.txn_ref}`,
    vnp_TransactionDate: Number(payment.create_date),
    vnp_TransactionNo: Number(payment.transaction_no ?? 0),
    vnp_CreateDate: Number(vnpayDate(new Date())),
  })
}
