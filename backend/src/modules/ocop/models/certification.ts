import { model } from "@medusajs/framework/utils"

/**
 * A product's OCOP certificate as the decision prints it, with its origin as certified (units of
 * that time) and the unit that place lies in today. Calendar dates are YYYY-MM-DD text: a
 * certificate lapses by the day, not by the hour.
 */
export const OcopCertification = model
  .define("ocop_certification", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    star: model.number(),
    score: model.number().nullable(),
    group: model.enum(["food", "beverage", "herbal", "handicraft", "ornamental", "tourism"]),
    sub_group: model.text().nullable(),
    decision_number: model.text(),
    decision_date: model.text(),
    issuing_level: model.enum(["district", "province", "central"]),
    valid_until: model.text(),
    status: model.enum(["active", "expired", "revoked"]).default("active"),
    /** Why the badge is not shown, in Vietnamese, when status is not active. */
    status_reason: model.text().nullable(),
    revoked_at: model.dateTime().nullable(),
    proposed_star: model.number().nullable(),
    origin_province_code: model.text(),
    origin_province_name: model.text(),
    origin_district_code: model.text().nullable(),
    origin_district_name: model.text(),
    origin_commune_code: model.text(),
    origin_commune_name: model.text(),
    current_province_code: model.text(),
    current_province_name: model.text(),
    current_commune_code: model.text(),
    current_commune_name: model.text(),
    /** Every current unit when the old commune was split (the first is current_commune_*). */
    current_units: model.json().nullable(),
    sample_data: model.boolean().default(false),
    source_url: model.text().nullable(),
    notes: model.text().nullable(),
  })
  .indexes([{ on: ["status", "valid_until"] }, { on: ["group"] }, { on: ["star"] }])
