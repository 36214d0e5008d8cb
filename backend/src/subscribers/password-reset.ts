import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { storefrontLink, type MailPage } from "../mail/links"

/** Where each kind of account sets its new password (the storefront's pages). */
const RESET_PAGES: Record<string, MailPage> = { producer: "producerReset", customer: "customerReset" }

/**
 * Medusa emits `auth.password_reset` with a short-lived token when someone asks to reset a
 * password; this sends the link by e-mail through the Notification Module (the local provider
 * logs it on this machine).
 */
export default async function passwordResetHandler({
  event: { data },
  container,
}: SubscriberArgs<{ entity_id: string; actor_type: string; token: string }>) {
  const page = RESET_PAGES[data.actor_type]
  if (!page) return // the province's admins reset through Medusa's own dashboard
  const url = storefrontLink(page, "vi", { token: data.token, email: data.entity_id })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: data.entity_id,
    channel: "email",
    template: "password-reset",
    data: { url, actor_type: data.actor_type, subject: "Đặt lại mật khẩu OCOP Market" },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
