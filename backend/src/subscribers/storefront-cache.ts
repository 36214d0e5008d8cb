import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { storefrontCacheNotifier } from "../storefront-cache/notifier"
import { STOREFRONT_CACHE_EVENTS, tagsOfEvent } from "../storefront-cache/tags"

/** A change a shopper would see: the storefront's cached pages that show it are refreshed. */
export default async function storefrontCacheHandler({ event, container }: SubscriberArgs<unknown>) {
  // Medusa's query cache keeps a read that found no translation (the English page of a product or
  // producer not yet translated) with no tag a new translation clears, for an hour: cleared here,
  // before the storefront reads again. Translations are rare edits in the dashboard.
  if (event.name === "translation.created") {
    await container.resolve(Modules.CACHING, { allowUnregistered: true })?.clear({ tags: ["*"] })
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notifier = storefrontCacheNotifier(logger)
  if (!notifier) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  notifier.tell(await tagsOfEvent(event as { name: string; data: unknown }, query))
}

export const config: SubscriberConfig = { event: STOREFRONT_CACHE_EVENTS }
