/**
 * What the OCOP store routes answer, shared by the backend that builds it and the storefront that
 * shows it (so a renamed field fails both builds).
 */

/** GET /store/ocop/orders/:id/transfer: the bank transfer that pays an order (VietQR), and whether it came. */
export type StoreBankTransfer = {
  status: "awaiting" | "paid" | "canceled"
  reference: string
  amount: number
  bank_bin: string
  bank_name: string
  account_no: string
  account_name: string
  /** The VietQR payload a banking app reads (amount and reference filled in). */
  payload: string
  expires_at: string | null
}

/** GET /store/ocop/orders/:id/shipments: a shipment of one order line, as its producer recorded it. */
export type StoreOrderShipment = {
  line_id: string
  shipped_at: string
  tracking_numbers: string[]
  /** The carrier's code (carriers.ts), or null when the producer named none. */
  carrier: string | null
}

/** An order placed as a guest with the account's e-mail, which its owner may claim. */
export type StoreGuestOrder = {
  id: string
  display_id: number
  created_at: string
  total: number
  items: { title: string; quantity: number }[]
  /** A confirmation link has been mailed and not used yet. */
  claim_requested: boolean
}
