import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { mailOrderPlaced } from "../mail/order-mails"

/** A new order: the shopper's confirmation mail and each producer's own part of it (Notification Module). */
export default async function orderPlacedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await mailOrderPlaced(container, data.id)
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "ocop-order-placed-mails" } }
