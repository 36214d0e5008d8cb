import { ApiFailure } from "@/lib/api/backend"

/** What a form shows: a message per field, and one for the form as a whole. */
export type FormState = {
  ok?: boolean
  fieldErrors?: Record<string, string>
  formError?: string
  /** What a form that went through says (in the visitor's language). */
  notice?: string
  /** The values sent, so a refused form keeps what the shopper typed. */
  values?: Record<string, string>
}

/** Medusa's message from a failed store call (the js-sdk throws FetchError with status and message). */
export function medusaMessage(e: unknown): { status: number | undefined; message: string } {
  const err = e as { status?: number; message?: string }
  return { status: err.status, message: err.message ?? String(e) }
}

/** A quantity over the stock: the backend answers 409 `out_of_stock` (for Medusa's `insufficient_inventory`). */
export function isStockError(e: unknown): e is ApiFailure {
  return e instanceof ApiFailure && e.error.code === "out_of_stock"
}
