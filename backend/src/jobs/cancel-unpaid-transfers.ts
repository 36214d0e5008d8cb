import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { unpaidTransferOrders } from "../queries/bank-transfers"
import { sqlOf } from "../queries/sql"

/**
 * Orders to be paid by bank transfer whose money has not come within VIETQR_PAYMENT_HOURS (the
 * payment's expires_at) are cancelled with Medusa's own workflow: the payment cancelled, the stock
 * held for them released. Every 10 minutes, on worker processes only and once per schedule however
 * many run (the Redis workflow engine keeps one repeatable job per name); an order cancelled once
 * is not found again. OCOP_TRANSFER_EXPIRY_SCHEDULE: another cron (the tests run it every few seconds).
 */
export default async function cancelUnpaidTransfers(container: MedusaContainer) {
  const logger = container.resolve("logger")
  const due = await unpaidTransferOrders(sqlOf(container), new Date())
  let canceled = 0
  for (const order of due) {
    try {
      await cancelOrderWorkflow(container).run({ input: { order_id: order.order_id } })
      canceled++
    } catch (e) {
      // paid or changed meanwhile: the next run looks again
      logger.warn(`Bank transfer expiry: order #${order.display_id} not cancelled: ${(e as Error).message}`)
    }
  }
  if (due.length) logger.info(`Bank transfer expiry: ${canceled} of ${due.length} unpaid orders cancelled`)
}

export const config = {
  name: "cancel-unpaid-bank-transfers",
  schedule: process.env.OCOP_TRANSFER_EXPIRY_SCHEDULE || "*/10 * * * *",
}
