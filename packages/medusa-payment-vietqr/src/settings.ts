import { bankOf, type TransferAccount } from "./payload"

export type VietQrSettings = TransferAccount & { webhookSecret: string; paymentHours: number }

/**
 * The provider's settings from the environment: null when none is set (bank transfer is not
 * offered), the settings, or one line naming the wrong one (the provider is then not offered
 * either, and start-up says why).
 */
export function vietQrSettings(
  env: Record<string, string | undefined>,
): { settings: VietQrSettings } | { error: string } | null {
  const get = (name: string) => env[name]?.trim() ?? ""
  const names = ["VIETQR_BANK_BIN", "VIETQR_ACCOUNT_NO", "VIETQR_ACCOUNT_NAME"]
  if (names.every((n) => !get(n))) return null
  const missing = names.find((n) => !get(n))
  if (missing) return { error: `${missing}: required with ${names.filter((n) => n !== missing).join(" and ")}` }
  const bankBin = get("VIETQR_BANK_BIN")
  if (!/^\d{6}$/.test(bankBin) || !bankOf(bankBin))
    return { error: `VIETQR_BANK_BIN: "${bankBin}" is not the Napas BIN of a VietQR bank (6 digits, e.g. 970436)` }
  const accountNo = get("VIETQR_ACCOUNT_NO")
  if (!/^[0-9A-Z]{4,19}$/.test(accountNo))
    return { error: `VIETQR_ACCOUNT_NO: "${accountNo}" is not an account number (4–19 digits or capital letters)` }
  const accountName = get("VIETQR_ACCOUNT_NAME")
  if (!/^[A-Z0-9 .,&-]{2,50}$/.test(accountName))
    return {
      error: `VIETQR_ACCOUNT_NAME: the holder's name as the bank prints it, capitals without accents (e.g. HTX NONG SAN THANH HOA), at most 50`,
    }
  const webhookSecret = get("VIETQR_WEBHOOK_SECRET")
  if (webhookSecret.length < 16)
    return { error: "VIETQR_WEBHOOK_SECRET: required, at least 16 characters (bank notifications are signed with it)" }
  const hours = get("VIETQR_PAYMENT_HOURS") || "24"
  const paymentHours = Number(hours)
  if (!Number.isInteger(paymentHours) || paymentHours < 1 || paymentHours > 168)
    return { error: `VIETQR_PAYMENT_HOURS: "${hours}" is not a whole number of hours from 1 to 168` }
  return { settings: { bankBin, accountNo, accountName, webhookSecret, paymentHours } }
}
