import { t, type Locale } from "@/lib/i18n"
import { ApiFailure } from "./backend"

/**
 * What a refused call says to the visitor: the message for its code in the page's language, or,
 * for a code the catalogue has no words for, the backend's own; `field` is where to show it.
 */
export function refusalText(locale: Locale, e: unknown): { field?: string; text: string } {
  const m = t(locale)
  if (!(e instanceof ApiFailure)) return { text: m.errors.unavailable }
  const { code, field, params = {}, message } = e.error
  const say = (m.apiErrors as Record<string, string | ((p: typeof params) => string) | undefined>)[code]
  return { field, text: typeof say === "function" ? say(params) : (say ?? message) }
}

/** The refusal at its field when the form has that field, otherwise for the form as a whole. */
export function refusalState(locale: Locale, e: unknown, fields: string[], values?: Record<string, string>) {
  const { field, text } = refusalText(locale, e)
  return field && fields.includes(field) ? { fieldErrors: { [field]: text }, values } : { formError: text, values }
}
