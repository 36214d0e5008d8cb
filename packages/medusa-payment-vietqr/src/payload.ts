import { BanksObject, QRPay } from "vietnam-qr-pay"

/** The receiving account: its bank's Napas BIN, the account number and the holder's name as the bank has it. */
export type TransferAccount = { bankBin: string; accountNo: string; accountName: string }

export type Bank = { bin: string; shortName: string; name: string }

/** The bank of a Napas BIN (vietnam-qr-pay's list of VietQR banks), or null for a BIN it does not know. */
export function bankOf(bin: string): Bank | null {
  const bank = Object.values(BanksObject).find((b) => b.bin === bin)
  return bank ? { bin: bank.bin, shortName: bank.shortName, name: bank.name } : null
}

/**
 * The VietQR payload of one transfer: EMVCo merchant-presented QR, Napas 247 (tag 38: GUID
 * A000000727, the BIN and account, service QRIBFTTA), currency 704, the amount in whole dong, the
 * reference as the transfer's note (tag 62), CRC-16/CCITT in tag 63. Built by vietnam-qr-pay, which
 * reproduces the published examples (src/payload.test.ts).
 */
export function vietQrPayload(
  account: Pick<TransferAccount, "bankBin" | "accountNo">,
  amount: number,
  reference: string,
) {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new RangeError(`amount ${amount}: whole dong, at least 1`)
  return QRPay.initVietQR({
    bankBin: account.bankBin,
    bankNumber: account.accountNo,
    amount: String(amount),
    purpose: reference,
  }).build()
}

/** What a payload says (to check one: amount, account and note), or null when it is not a valid VietQR. */
export function readVietQr(payload: string) {
  const qr = new QRPay(payload)
  if (!qr.isValid) return null
  return {
    bankBin: qr.consumer?.bankBin ?? "",
    accountNo: qr.consumer?.bankNumber ?? "",
    amount: Number(qr.amount ?? 0),
    note: qr.additionalData?.purpose ?? "",
  }
}
