/** Request bodies of the province's OCOP routes (/admin/ocop/…) and of products' additional data. */
import { z } from "@medusajs/framework/zod"
import { CAMPAIGN_KINDS, isLegalType, type CampaignKind } from "@ocop-market/ocop"
import { CertificationInput, PRODUCER_ID } from "../../../modules/ocop/inputs"

/** What admin product create/update take in `additional_data`. */
export const ProductOcopAdditionalData = z
  .object({
    ocop_certification: CertificationInput.optional(),
    producer_id: z.string().regex(PRODUCER_ID, "producer_id_invalid").optional(),
  })
  .passthrough()

const phone = z.string().regex(/^(\+84|0)\d{9,10}$/, "phone_invalid")

export const ProducerInput = z.object({
  name: z.string().trim().min(2).max(200),
  handle: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle_invalid")
    .max(200)
    .optional(),
  legal_type: z.string().refine(isLegalType, { message: "legal_type_unknown" }),
  representative: z.string().max(200).nullable().optional(),
  phone: phone.nullable().optional(),
  email: z.string().email("email_invalid").nullable().optional(),
  address: z.string().max(500).nullable().optional(),
  commune_code: z
    .string()
    .regex(/^\d{5}$/, "commune_code_not_current")
    .nullable()
    .optional(),
  description: z.string().max(5000).nullable().optional(),
  logo: z.string().max(500).nullable().optional(),
  sample_data: z.boolean().optional(),
})
export type ProducerInputType = z.infer<typeof ProducerInput>

export const ProducerUpdate = ProducerInput.partial()
export type ProducerUpdateType = z.infer<typeof ProducerUpdate>

export const RevokeInput = z.object({ reason: z.string().trim().min(3).max(500) })
export type RevokeInputType = z.infer<typeof RevokeInput>

export const ImportInput = z.object({
  csv: z.string().min(1, "csv_empty").max(5_000_000, "csv_too_large"),
  dry_run: z.boolean().optional(),
})
export type ImportInputType = z.infer<typeof ImportInput>

const isoDateTime = z.string().datetime({ offset: true, message: "invalid_format" })

/** A trade-promotion campaign; the rules that need the catalogue run in the workflow. */
export const CampaignInput = z
  .object({
    handle: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle_invalid")
      .max(80),
    title_vi: z.string().min(3, "title_too_short").max(200),
    title_en: z.string().min(3, "title_too_short").max(200),
    story_vi: z.string().max(5000).nullable().optional(),
    story_en: z.string().max(5000).nullable().optional(),
    kind: z.enum(CAMPAIGN_KINDS.map((k) => k.code) as [CampaignKind, ...CampaignKind[]], { message: "invalid_value" }),
    banner: z.string().max(500).nullable().optional(),
    place: z.string().max(300).nullable().optional(),
    starts_at: isoDateTime,
    ends_at: isoDateTime,
    discount: z.object({
      type: z.enum(["percentage", "fixed"], { message: "invalid_value" }),
      value: z.number({ message: "invalid_type" }),
    }),
    target: z
      .object({
        product_ids: z.array(z.string()).max(1000).optional(),
        groups: z.array(z.string()).max(6).optional(),
        producer_ids: z.array(z.string()).max(200).optional(),
      })
      .refine(
        (t) => (t.product_ids?.length ?? 0) + (t.groups?.length ?? 0) + (t.producer_ids?.length ?? 0) > 0,
        "target_empty",
      ),
    code: z
      .object({
        code: z.string().regex(/^[A-Z0-9-]{3,40}$/, "promo_code_invalid"),
        limit: z.number().int().min(1).nullable().optional(),
      })
      .nullable()
      .optional(),
    budget: z
      .object({
        type: z.enum(["spend", "usage"], { message: "invalid_value" }),
        limit: z.number().int("not_whole_number").min(1),
      })
      .nullable()
      .optional(),
    featured_product_ids: z.array(z.string()).max(24).optional(),
    featured_producer_ids: z.array(z.string()).max(24).optional(),
  })
  .strict()
export type CampaignInputType = z.infer<typeof CampaignInput>

export const StaffInvite = z
  .object({ email: z.string().email("email_invalid"), name: z.string().max(200).nullable().optional() })
  .strict()
export type StaffInviteType = z.infer<typeof StaffInvite>

export const StaffStatus = z.object({ status: z.enum(["active", "disabled"], { message: "invalid_value" }) }).strict()
export type StaffStatusType = z.infer<typeof StaffStatus>

/** The admin marks an order's bank transfer received: a note says what was checked (the bank's statement). */
export const TransferReceived = z.object({ note: z.string().trim().min(3).max(500) })
export type TransferReceivedType = z.infer<typeof TransferReceived>

/** The bank-transfer log: by default what needs the staff (everything not captured). */
export const TransferNoticeQuery = z.object({
  outcome: z
    .enum(["captured", "wrong_amount", "unknown_reference", "already_paid", "order_canceled", "unmatched", "all"])
    .default("unmatched"),
  limit: z.coerce.number().min(1).max(100).int().default(50),
  offset: z.coerce.number().min(0).int().default(0),
})
export type TransferNoticeQueryType = z.infer<typeof TransferNoticeQuery>
