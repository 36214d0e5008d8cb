import QRCode from "qrcode"
import { formatVnd, type StoreBankTransfer } from "@ocop-market/ocop"
import { CopyButton } from "@/components/common/copy-button"
import { formatDateTime, t, type Locale } from "@/lib/i18n"

export type BankTransfer = StoreBankTransfer

/**
 * The transfer to make, until the money has come: the VietQR (drawn here, on the server) that a
 * banking app reads with the amount and reference filled in, and each detail with a copy button for
 * those who type the transfer themselves. Once paid, or cancelled for want of it, it says so.
 */
export async function BankTransferPanel({ transfer, locale }: { transfer: BankTransfer; locale: Locale }) {
  const m = t(locale).transfer
  if (transfer.status !== "awaiting") {
    const paid = transfer.status === "paid"
    return (
      <p
        role="status"
        data-testid="transfer-status"
        className={`rounded-md border p-3 text-sm ${paid ? "border-leaf-600 bg-green-50 text-leaf-700" : "border-amber-300 bg-amber-50"}`}
      >
        {paid ? m.paid : m.canceled}
      </p>
    )
  }
  const svg = await QRCode.toString(transfer.payload, { type: "svg", margin: 1, errorCorrectionLevel: "M", width: 220 })
  const rows: [string, string, string?][] = [
    [m.bank, transfer.bank_name],
    [m.account, transfer.account_no, transfer.account_no],
    [m.name, transfer.account_name],
    [m.amount, formatVnd(transfer.amount), String(transfer.amount)],
    [m.reference, transfer.reference, transfer.reference],
  ]
  return (
    <section
      aria-labelledby="transfer-title"
      className="rounded-lg border border-brand-100 bg-brand-50 p-4"
      data-testid="bank-transfer"
    >
      <h2 id="transfer-title" className="mb-1 text-lg font-semibold">
        {m.title}
      </h2>
      <p className="mb-3 text-sm text-stone-700">{m.intro}</p>
      <div className="flex flex-col gap-4 sm:flex-row">
        <div
          className="h-56 w-56 shrink-0 self-center rounded-md bg-white p-2"
          role="img"
          aria-label={m.qrLabel}
          data-testid="transfer-qr"
          data-payload={transfer.payload}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <dl className="flex flex-1 flex-col divide-y divide-brand-100 text-sm">
          {rows.map(([label, value, copy]) => (
            <div key={label} className="flex items-center justify-between gap-3 py-2">
              <div className="min-w-0">
                <dt className="text-xs text-stone-600">{label}</dt>
                <dd
                  className="font-semibold break-words"
                  data-testid={copy === transfer.reference ? "transfer-reference" : undefined}
                >
                  {value}
                </dd>
              </div>
              {copy && <CopyButton value={copy} label={m.copy} done={m.copied} />}
            </div>
          ))}
        </dl>
      </div>
      {transfer.expires_at && (
        <p className="mt-3 text-sm text-stone-700">{m.deadline(formatDateTime(transfer.expires_at))}</p>
      )}
    </section>
  )
}
