import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { mailOrderClaim } from "../mail/order-mails"

/** A guest order was asked for (Medusa's order transfer): the confirmation link goes to its address. */
export default async function orderClaimHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string; order_change_id: string }>) {
  await mailOrderClaim(container, data.id, data.order_change_id)
}

export const config: SubscriberConfig = {
  event: "order.transfer_requested",
  context: { subscriberId: "ocop-order-claim-mail" },
}
