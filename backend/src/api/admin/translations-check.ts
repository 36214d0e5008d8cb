import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ENGLISH_LOCALE } from "@ocop-market/ocop"
import { refuse } from "../../errors"
import { dropHtml } from "../utils/plain-text"

/** The longest text each translated field may hold, as the storefront's pages and the search index take it. */
const LIMITS: Record<string, number> = { title: 200, subtitle: 200, description: 5000, material: 100 }
const DEFAULT_LIMIT = 500

type Entry = { locale_code?: string; translations?: Record<string, string> }

/**
 * Medusa's POST /admin/translations/batch (the dashboard's translation screens), before its
 * workflow: a language the shop does not offer, or a text longer than its field, is refused naming
 * the field, and nothing is written; HTML is dropped, so a translation is stored and shown as text.
 */
export function checkTranslations(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.validatedBody ?? req.body) as { create?: Entry[]; update?: Entry[] } | undefined
  for (const kind of ["create", "update"] as const) {
    for (const [i, entry] of (body?.[kind] ?? []).entries()) {
      if (entry.locale_code !== undefined && entry.locale_code !== ENGLISH_LOCALE) {
        return next(
          refuse(MedusaError.Types.INVALID_DATA, "locale_not_offered", {
            field: `${kind}.${i}.locale_code`,
            params: { offered: ENGLISH_LOCALE },
          }),
        )
      }
      for (const [field, text] of Object.entries(entry.translations ?? {})) {
        // Medusa's validator has made every value a string
        const max = LIMITS[field] ?? DEFAULT_LIMIT
        if (text.length > max) {
          return next(
            refuse(MedusaError.Types.INVALID_DATA, "translation_too_long", {
              field: `${kind}.${i}.translations.${field}`,
              params: { max },
            }),
          )
        }
        entry.translations![field] = dropHtml(text).trim()
      }
    }
  }
  next()
}
