import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import { routing } from "./routing"

/** The request's language, from the URL (the proxy sets it); the messages live in src/messages. */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  return { locale: hasLocale(routing.locales, requested) ? requested : routing.defaultLocale }
})
