import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storefrontCacheNotifier } from "../storefront-cache/notifier"
import { STOREFRONT_CACHE_EVENTS, tagsOfEvent } from "../storefront-cache/tags"

/** A change a shopper would see: the storefront's cached pages that show it are refreshed. */
export default async function storefrontCacheHandler({ event, container }: SubscriberArgs<unknown>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notifier = storefrontCacheNotifier(logger)
  if (!notifier) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  notifier.tell(await tagsOfEvent(event as { name: string; data: unknown }, query))
}

export const config: SubscriberConfig = { event: STOREFRONT_CACHE_EVENTS }
