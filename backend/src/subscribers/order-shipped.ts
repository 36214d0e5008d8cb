import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { mailOrderShipped } from "../mail/order-mails"

/** A producer shipped its line (a fulfillment, with the tracking number): the shopper is told. */
export default async function orderShippedHandler({
  event: { data },
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string; no_notification?: boolean }>) {
  if (data.no_notification) return
  await mailOrderShipped(container, data.order_id, data.fulfillment_id)
}

export const config: SubscriberConfig = {
  event: "order.fulfillment_created",
  context: { subscriberId: "ocop-order-shipped-mail" },
}
