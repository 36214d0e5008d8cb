import { CERTIFICATE_VALIDITY_MONTHS, certificateValidUntil } from "./validity.js"
import { STAR_BANDS, type Star } from "./stars.js"
import { isOcopGroup } from "./groups.js"
import { fieldError, type FieldError } from "./errors.js"

export type IssuingLevel = "district" | "province" | "central"

export const ISSUING_LEVELS: Record<IssuingLevel, { vi: string; en: string }> = {
  district: { vi: "Cấp huyện", en: "District level" },
  province: { vi: "Cấp tỉnh", en: "Province level" },
  central: { vi: "Trung ương", en: "National level" },
}

export function issuingLevelLabel(level: IssuingLevel, locale: "vi" | "en" = "vi"): string {
  return ISSUING_LEVELS[level]?.[locale] ?? level
}

/**
 * Who may certify which star, by the decision in force on the decision date:
 * - 1048/QĐ-TTg (21/08/2019): province 3–4★, central 5★ (also applied to earlier records);
 * - 148/QĐ-TTg (24/02/2023): district 3★, province 4★, central 5★;
 * - 1489/QĐ-TTg (06/07/2025), after districts were abolished: province 3–4★, central 5★.
 */
export const CERTIFYING_RULES = [
  { decision: "1048/QĐ-TTg", from: "0000-01-01", levels: { 3: "province", 4: "province", 5: "central" } },
  { decision: "148/QĐ-TTg", from: "2023-02-24", levels: { 3: "district", 4: "province", 5: "central" } },
  { decision: "1489/QĐ-TTg", from: "2025-07-06", levels: { 3: "province", 4: "province", 5: "central" } },
] as const satisfies ReadonlyArray<{ decision: string; from: string; levels: Record<Star, IssuingLevel> }>

export function certifyingRule(decisionDate: string) {
  return [...CERTIFYING_RULES].reverse().find((r) => decisionDate >= r.from)!
}

/** The level that issues a `star` certificate decided on `decisionDate` (YYYY-MM-DD). */
export function issuingLevelFor(star: Star, decisionDate: string): IssuingLevel {
  return certifyingRule(decisionDate).levels[star]
}

export type CertificationStatus = "active" | "expired" | "revoked"

export const CERTIFICATION_STATUSES: Record<CertificationStatus, { vi: string; en: string }> = {
  active: { vi: "Còn hiệu lực", en: "In force" },
  expired: { vi: "Hết hiệu lực", en: "Lapsed" },
  revoked: { vi: "Đã thu hồi", en: "Revoked" },
}

export type CertificationInput = {
  star: number
  score?: number | null
  group: string
  decision_number: string
  decision_date: string
  issuing_level?: string | null
  valid_until?: string | null
  proposed_star?: number | null
}

export type { FieldError } from "./errors.js"

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Checks a certification against the programme's rules; returns every problem, each naming its
 * field, or [] when it is sound. `today` is YYYY-MM-DD (Vietnam's calendar day).
 */
export function validateCertification(c: CertificationInput, today: string): FieldError[] {
  const errors: FieldError[] = []
  const band = STAR_BANDS.find((b) => b.star === c.star)
  if (!band)
    errors.push(
      fieldError(
        "star",
        "star_out_of_range",
        { star: c.star },
        `must be 3, 4 or 5 (got ${c.star}); below 3 stars a product is not certified`,
      ),
    )
  if (c.score !== undefined && c.score !== null) {
    if (!Number.isInteger(c.score) || c.score < 0 || c.score > 100) {
      errors.push(
        fieldError(
          "score",
          "score_out_of_range",
          { score: c.score },
          `must be a whole number from 0 to 100 (got ${c.score})`,
        ),
      )
    } else if (band && (c.score < band.min || c.score > band.max)) {
      errors.push(
        fieldError(
          "score",
          "score_outside_band",
          { score: c.score, star: c.star, min: band.min, max: band.max },
          `${c.score} points is outside the ${c.star}★ band (${band.min}–${band.max})`,
        ),
      )
    }
  }
  if (!isOcopGroup(c.group))
    errors.push(fieldError("group", "group_unknown", { group: c.group }, `unknown product group "${c.group}"`))
  if (!c.decision_number?.trim()) errors.push(fieldError("decision_number", "required"))
  let validUntil: string | null = null
  if (!DATE.test(c.decision_date ?? "")) {
    errors.push(
      fieldError("decision_date", "date_invalid", undefined, `must be a date YYYY-MM-DD (got "${c.decision_date}")`),
    )
  } else {
    try {
      validUntil = certificateValidUntil(c.decision_date)
    } catch (e) {
      errors.push(fieldError("decision_date", "date_invalid", undefined, (e as Error).message))
    }
    if (validUntil && c.decision_date > today) {
      errors.push(fieldError("decision_date", "date_in_future", undefined, `${c.decision_date} is in the future`))
    }
  }
  if (validUntil && c.valid_until && c.valid_until !== validUntil) {
    errors.push({
      field: "valid_until",
      code: "valid_until_mismatch",
      params: { expected: validUntil },
      message: `must be ${validUntil}, ${CERTIFICATE_VALIDITY_MONTHS} months from the decision of ${c.decision_date} (got ${c.valid_until})`,
    })
  }
  if (validUntil && band && c.issuing_level) {
    const expected = issuingLevelFor(c.star as Star, c.decision_date)
    if (c.issuing_level !== expected) {
      const rule = certifyingRule(c.decision_date)
      errors.push({
        field: "issuing_level",
        code: "issuing_level_mismatch",
        params: { expected },
        message: `a ${c.star}★ certificate of ${c.decision_date} is issued at ${expected} level under Decision ${rule.decision} (got "${c.issuing_level}")`,
      })
    }
  }
  if (c.proposed_star !== undefined && c.proposed_star !== null) {
    if (![4, 5].includes(c.proposed_star) || (band && c.proposed_star <= c.star)) {
      errors.push(
        fieldError(
          "proposed_star",
          "proposed_star_not_higher",
          undefined,
          `must be a higher star than ${c.star} (got ${c.proposed_star})`,
        ),
      )
    }
  }
  return errors
}

/** The status a certificate has on `today`: revocation wins; past its validity it is expired. */
export function certificationStatusOn(
  c: { valid_until: string; revoked_at?: string | Date | null },
  today: string,
): CertificationStatus {
  if (c.revoked_at) return "revoked"
  return today > c.valid_until ? "expired" : "active"
}

/** Today's date in Vietnam (UTC+7), as YYYY-MM-DD: certificates lapse by the local calendar. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
}
