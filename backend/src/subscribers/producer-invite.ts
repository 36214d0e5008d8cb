import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { storefrontLink } from "../mail/links"
import { PRODUCER_STAFF_INVITED } from "../workflows/producer-portal/staff"

/** Mails the invite link through the Notification Module (the local provider logs it on this machine). */
export default async function producerInviteHandler({
  event: { data },
  container,
}: SubscriberArgs<{ email: string; token: string; expires_at: string }>) {
  const url = storefrontLink("producerInvite", "vi", { token: data.token })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: data.email,
    channel: "email",
    template: "producer-invite",
    data: { url, expires_at: data.expires_at, subject: "Lời mời vào cổng nhà sản xuất OCOP Market" },
  })
}

export const config: SubscriberConfig = { event: PRODUCER_STAFF_INVITED }
