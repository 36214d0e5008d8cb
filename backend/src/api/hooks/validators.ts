import { z } from "@medusajs/framework/zod"
import { MAX_FILTER_NUMBER } from "@ocop-market/ocop"

/** "2026-12-04 09:15:02" as the bank-notification services write it (Vietnam time, UTC+7), or ISO 8601. */
function instant(text: string): string | null {
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(text)
  const date = new Date(local ? `${local[1]}T${local[2]}+07:00` : text)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/**
 * A bank notification in the shape the common Vietnamese services (SePay, and Casso's per-transaction
 * webhook mapped to it) send for one transaction on the shop's account: the bank's transaction id,
 * the amount in dong, the transfer's description (which holds the reference), the time, and whether
 * money came in or went out. Other fields (gateway, accountNumber, referenceCode…) are kept out.
 */
export const BankNotice = z.object({
  id: z
    .union([z.string().trim().min(1).max(100), z.number().int().min(0).max(MAX_FILTER_NUMBER)], {
      error: (issue) => (issue.input === undefined ? "required" : "invalid_type"),
    })
    .transform(String),
  transferAmount: z.number().min(1).max(MAX_FILTER_NUMBER).int(),
  content: z.string().max(1000),
  transactionDate: z
    .string()
    .trim()
    .max(40)
    .transform((v, ctx) => {
      const at = instant(v)
      if (!at) ctx.addIssue({ code: "custom", message: "date_invalid" })
      return at ?? ""
    }),
  transferType: z.enum(["in", "out"]).default("in"),
})
export type BankNoticeType = z.infer<typeof BankNotice>
