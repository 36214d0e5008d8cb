/**
 * The certificate as the admin API, the product hooks and the decision import take it. The
 * programme's rules come from packages/ocop; each problem names its field and carries its code.
 */
import { z } from "@medusajs/framework/zod"
import { validateCertification, vietnamToday } from "@ocop-market/ocop"
import { resolveCertifiedOrigin } from "@ocop-market/ocop/admin-units"

const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date_invalid")

export const OriginInput = z.object({
  province: z.string().max(100).optional(),
  district: z.string().min(1).max(100),
  commune: z.string().min(1).max(100),
  commune_code: z.string().max(5).optional().nullable(),
})

export const CertificationInput = z
  .object({
    star: z.number().int(),
    score: z.number().int().nullable().optional(),
    group: z.string(),
    sub_group: z.string().max(200).nullable().optional(),
    decision_number: z.string().min(1).max(100),
    decision_date: dateText,
    issuing_level: z.enum(["district", "province", "central"]).optional(),
    valid_until: dateText.optional(),
    proposed_star: z.number().int().nullable().optional(),
    origin: OriginInput,
    sample_data: z.boolean().optional(),
    source_url: z.string().url().max(500).nullable().optional(),
    notes: z.string().max(2000).nullable().optional(),
  })
  .superRefine((c, ctx) => {
    const problems = [...validateCertification(c, vietnamToday()), ...resolveCertifiedOrigin(c.origin).errors]
    for (const e of problems) {
      ctx.addIssue({ code: "custom", path: e.field.split("."), message: e.message, params: { code: e.code } })
    }
  })

export type CertificationInputType = z.infer<typeof CertificationInput>

/** Producer ids: `prod_ocop_` (records before 2026-12) or `ocop_producer_` (newer). */
export const PRODUCER_ID = /^(prod_ocop_|ocop_producer_)[0-9A-Za-z]+$/
