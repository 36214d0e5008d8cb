/**
 * Request bodies of the OCOP routes and of the products' additional_data. The programme's rules come
 * from packages/ocop; each problem is reported at its field (400 from Medusa's validator).
 */
import { z } from "@medusajs/framework/zod"
import sanitizeHtml from "sanitize-html"
import { isLegalType, LEGAL_TYPE_CODES, validateCertification, vietnamToday } from "@ocop-market/ocop"
import { resolveCertifiedOrigin } from "@ocop-market/ocop/admin-units"

const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates must be YYYY-MM-DD")

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
    // Medusa prints a custom issue's message without its path: the message names the field itself.
    for (const e of validateCertification(c, vietnamToday())) {
      ctx.addIssue({ code: "custom", path: [e.field], message: `ocop_certification.${e.field}: ${e.message}` })
    }
    const { errors } = resolveCertifiedOrigin(c.origin)
    for (const e of errors)
      ctx.addIssue({ code: "custom", path: e.field.split("."), message: `ocop_certification.${e.field}: ${e.message}` })
  })

export type CertificationInputType = z.infer<typeof CertificationInput>

/** What admin product create/update take in `additional_data`. */
export const productOcopAdditionalData = {
  ocop_certification: CertificationInput.optional(),
  producer_id: z.string().startsWith("prod_ocop_", "producer_id: must be a producer id (prod_ocop_…)").optional(),
}

const phone = z.string().regex(/^(\+84|0)\d{9,10}$/, "phone: must be a Vietnamese phone number, e.g. 0912345678")

export const ProducerInput = z.object({
  name: z.string().trim().min(2).max(200),
  handle: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: must be lowercase letters, digits and dashes")
    .max(200)
    .optional(),
  legal_type: z.string().refine(isLegalType, { message: `legal_type: must be one of ${LEGAL_TYPE_CODES.join(", ")}` }),
  representative: z.string().max(200).nullable().optional(),
  phone: phone.nullable().optional(),
  email: z.string().email().nullable().optional(),
  address: z.string().max(500).nullable().optional(),
  commune_code: z
    .string()
    .regex(/^\d{5}$/, "commune_code: must be a 5-digit code of a current (2025) commune")
    .nullable()
    .optional(),
  description: z.string().max(5000).nullable().optional(),
  logo: z.string().max(500).nullable().optional(),
  sample_data: z.boolean().optional(),
})

export const ProducerUpdate = ProducerInput.partial()

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  q: z.string().max(200).optional(),
})

export const RevokeInput = z.object({ reason: z.string().trim().min(3).max(500) })

export const ImportInput = z.object({
  csv: z.string().min(1, "csv: the file is empty").max(5_000_000, "csv: over 5 MB; split the file"),
  dry_run: z.boolean().optional(),
})

/** A trade-promotion campaign (POST /admin/ocop/campaigns); the rules that need the catalogue run in the workflow. */
export const CampaignInput = z
  .object({
    handle: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle: lowercase letters, digits and dashes, e.g. tuan-le-ocop-ha-noi")
      .max(80),
    title_vi: z.string().min(3, "title_vi: at least 3 characters").max(200),
    title_en: z.string().min(3, "title_en: at least 3 characters").max(200),
    story_vi: z.string().max(5000).nullable().optional(),
    story_en: z.string().max(5000).nullable().optional(),
    kind: z.enum(["online_week", "fair", "livestream", "seasonal"], {
      message: "kind: one of online_week, fair, livestream, seasonal",
    }),
    banner: z.string().max(500).nullable().optional(),
    place: z.string().max(300).nullable().optional(),
    starts_at: z
      .string()
      .datetime({ offset: true, message: "starts_at: an ISO date and time, e.g. 2026-12-01T00:00:00+07:00" }),
    ends_at: z
      .string()
      .datetime({ offset: true, message: "ends_at: an ISO date and time, e.g. 2026-12-08T00:00:00+07:00" }),
    discount: z.object({
      type: z.enum(["percentage", "fixed"], { message: "discount.type: percentage or fixed" }),
      value: z.number({ message: "discount.value: a number" }),
    }),
    target: z
      .object({
        product_ids: z.array(z.string()).max(1000).optional(),
        groups: z.array(z.string()).max(6).optional(),
        producer_ids: z.array(z.string()).max(200).optional(),
      })
      .refine(
        (t) => (t.product_ids?.length ?? 0) + (t.groups?.length ?? 0) + (t.producer_ids?.length ?? 0) > 0,
        "target: choose products, groups or producers",
      ),
    code: z
      .object({
        code: z.string().regex(/^[A-Z0-9-]{3,40}$/, "code.code: 3–40 capital letters, digits or dashes"),
        limit: z.number().int().min(1, "code.limit: at least 1").nullable().optional(),
      })
      .nullable()
      .optional(),
    budget: z
      .object({
        type: z.enum(["spend", "usage"], { message: "budget.type: spend (VND) or usage (number of uses)" }),
        limit: z.number().int("budget.limit: a whole number (VND has no decimals)").min(1, "budget.limit: at least 1"),
      })
      .nullable()
      .optional(),
    featured_product_ids: z.array(z.string()).max(24).optional(),
    featured_producer_ids: z.array(z.string()).max(24).optional(),
  })
  .strict()

/** The producer portal's writes and the province's invites. */
export const StaffInvite = z
  .object({ email: z.string().email("email: not an e-mail address"), name: z.string().max(200).nullable().optional() })
  .strict()
export const StaffStatus = z
  .object({ status: z.enum(["active", "disabled"], { message: "status: active or disabled" }) })
  .strict()
export const InviteAccept = z.object({ token: z.string().min(10, "token: missing or too short").max(200) }).strict()
export const OwnStock = z
  .object({
    stocked_quantity: z
      .number({ message: "stocked_quantity: a number" })
      .int("stocked_quantity: a whole number of units")
      .min(0, "stocked_quantity: cannot be negative")
      .max(1_000_000, "stocked_quantity: at most 1,000,000"),
  })
  .strict()
export const OwnPrice = z
  .object({
    amount: z
      .number({ message: "amount: a number" })
      .int("amount: whole dong (VND has no decimals)")
      .min(1, "amount: at least 1 ₫")
      .max(1_000_000_000, "amount: at most 1.000.000.000 ₫"),
  })
  .strict()
export const ShipLine = z
  .object({ tracking_number: z.string().trim().min(3, "tracking_number: at least 3 characters").max(100) })
  .strict()

/** Text from a producer: any HTML is dropped (tags and scripts), so it is stored and shown as plain text. */
const plainText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => sanitizeHtml(s, { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: "discard" }).trim())

/** One pack of a product (a variant): its name, VND price and stock. */
const Pack = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, "title: the pack needs a name (e.g. Hũ 500 g)")
      .max(60, "title: at most 60 characters")
      .transform((s) => sanitizeHtml(s, { allowedTags: [], allowedAttributes: {} })),
    amount: OwnPrice.shape.amount,
    stocked_quantity: OwnStock.shape.stocked_quantity,
  })
  .strict()
export const NewPack = Pack

export const DraftProduct = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, "title: at least 3 characters")
      .max(120, "title: at most 120 characters")
      .transform((s) => sanitizeHtml(s, { allowedTags: [], allowedAttributes: {} })),
    description: plainText(5000).nullable().optional(),
    variants: z
      .array(Pack)
      .min(1)
      .max(10)
      .refine(
        (vs) => new Set(vs.map((v) => v.title.toLowerCase())).size === vs.length,
        "variants: two variants have the same pack (option value)",
      ),
  })
  .strict()

export const OwnProductUpdate = z
  .object({
    description: plainText(5000).nullable().optional(),
    low_stock_threshold: z.number().int().min(0).max(100_000).optional(),
  })
  .strict()
