import { model } from "@medusajs/framework/utils"
import { ProducerStaff } from "./producer-staff"

/** A "chủ thể OCOP": the enterprise, cooperative, cooperative group or household that makes the products. */
export const Producer = model.define("producer", {
  // new producers get ocop_producer_…; those made before 2026-12 keep prod_ocop_… (ids are never rewritten)
  id: model.id({ prefix: "ocop_producer" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  legal_type: model.enum(["enterprise", "cooperative", "cooperative_group", "household"]),
  representative: model.text().nullable(),
  phone: model.text().nullable(),
  email: model.text().nullable(),
  address: model.text().nullable(),
  // Where it is today (2025 units): province and commune/ward.
  province_code: model.text().nullable(),
  province_name: model.text().nullable(),
  commune_code: model.text().nullable(),
  commune_name: model.text().nullable(),
  // the producer's story; in English through the Translation Module
  description: model.text().translatable().nullable(),
  logo: model.text().nullable(),
  sample_data: model.boolean().default(false),
  staff: model.hasMany(() => ProducerStaff, { mappedBy: "producer" }),
})
