import type { ErrorCode } from "@ocop-market/ocop"

/** A labels table of packages/ocop (`{ code: { vi, en } }`) in one language. */
export function labelsIn<K extends string>(table: Record<K, { vi: string; en: string }>, locale: "vi" | "en") {
  return Object.fromEntries(
    Object.entries<{ vi: string; en: string }>(table).map(([k, v]) => [k, v[locale]]),
  ) as Record<K, string>
}

export type ErrorParams = Record<string, string | number>
/** Messages for the backend's refusal codes: a text, or a text made from the refusal's params. */
export type ErrorTable = Partial<Record<ErrorCode, string | ((p: ErrorParams) => string)>>
