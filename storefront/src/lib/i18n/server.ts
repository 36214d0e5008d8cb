import "server-only"
import { getLocale } from "next-intl/server"
import { hasLocale } from "next-intl"
import { routing, type Locale } from "@/i18n/routing"

/** A server action's language: the page's it was sent from (the proxy reads it from the URL). */
export async function actionLocale(): Promise<Locale> {
  const locale = await getLocale()
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale
}
