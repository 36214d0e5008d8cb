import { formatVnd } from "@ocop-market/ocop"

/** A VND price, "125.000 ₫"; prices are the same in every language. */
export function Price({ amount, className }: { amount: number | null; className?: string }) {
  if (amount === null) return null
  return <span className={className}>{formatVnd(amount)}</span>
}
