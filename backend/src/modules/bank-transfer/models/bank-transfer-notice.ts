import { model } from "@medusajs/framework/utils"

/**
 * Money that came in by bank transfer, as the bank told it (or the admin marked it): every
 * authentic notification is kept, whatever came of it, so that a transfer the shop could not match
 * (an unknown reference, a wrong amount, an order paid or cancelled already) is in front of the
 * province's staff to sort out (and refund) by hand. The bank's transaction id is unique: a
 * notification sent twice is recorded once.
 */
export const BankTransferNotice = model
  .define("bank_transfer_notice", {
    id: model.id({ prefix: "btn" }).primaryKey(),
    transaction_id: model.text(),
    source: model.enum(["bank", "admin"]),
    reference: model.text().nullable(),
    amount: model.bigNumber(),
    content: model.text(),
    received_at: model.dateTime(),
    outcome: model.enum(["captured", "wrong_amount", "unknown_reference", "already_paid", "order_canceled"]),
    payment_id: model.text().nullable(),
    order_id: model.text().nullable(),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["transaction_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["outcome"] }])
