/** Request bodies of the producer portal (/producer/…): a producer's staff writes its own products. */
import { z } from "@medusajs/framework/zod"
import { CARRIER_CODES, type Carrier } from "@ocop-market/ocop"
import { dropHtml } from "../utils/plain-text"

export const InviteAccept = z.object({ token: z.string().min(10).max(200) }).strict()
export type InviteAcceptType = z.infer<typeof InviteAccept>

// a missing or non-numeric figure is refused with the same code as a fractional one
const stock = z
  .number({ message: "stock_not_whole" })
  .int("stock_not_whole")
  .min(0, "stock_negative")
  .max(1_000_000, "stock_too_big")
const price = z
  .number({ message: "price_not_whole_dong" })
  .int("price_not_whole_dong")
  .min(1, "price_too_small")
  .max(1_000_000_000, "price_too_big")

export const OwnStock = z.object({ stocked_quantity: stock }).strict()
export type OwnStockType = z.infer<typeof OwnStock>

export const OwnPrice = z.object({ amount: price }).strict()
export type OwnPriceType = z.infer<typeof OwnPrice>

// the carrier as the shopper will see it; a parcel carrier's tracking number, none needed for the producer's own delivery
export const ShipLine = z
  .object({
    carrier: z.enum(CARRIER_CODES as [Carrier, ...Carrier[]], { message: "carrier_unknown" }).optional(),
    tracking_number: z.string().trim().max(100).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const tracking = b.tracking_number ?? ""
    if (b.carrier === "self" && tracking === "") return
    const code = tracking === "" ? "tracking_number_required" : "tracking_number_too_short"
    if (tracking.length < 3) ctx.addIssue({ code: "custom", message: code, path: ["tracking_number"] })
  })
export type ShipLineType = z.infer<typeof ShipLine>

/** Text from a producer: any HTML is dropped (tags and scripts), so it is stored and shown as plain text. */
const plainText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => dropHtml(s).trim())

/** One pack of a product (a variant): its name, VND price and stock. */
export const NewPack = z
  .object({
    title: z.string().trim().min(1, "pack_name_required").max(60, "pack_name_too_long").transform(dropHtml),
    amount: price,
    stocked_quantity: stock,
  })
  .strict()
export type NewPackType = z.infer<typeof NewPack>

export const DraftProduct = z
  .object({
    title: z.string().trim().min(3, "title_too_short").max(120, "title_too_long").transform(dropHtml),
    description: plainText(5000).nullable().optional(),
    variants: z
      .array(NewPack)
      .min(1)
      .max(10)
      .refine((vs) => new Set(vs.map((v) => v.title.toLowerCase())).size === vs.length, "packs_duplicate"),
  })
  .strict()
export type DraftProductType = z.infer<typeof DraftProduct>

export const OwnProductUpdate = z
  .object({
    description: plainText(5000).nullable().optional(),
    low_stock_threshold: z.number().int().min(0).max(100_000).optional(),
  })
  .strict()
export type OwnProductUpdateType = z.infer<typeof OwnProductUpdate>
