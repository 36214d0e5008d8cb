import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * A person who works for a producer and uses the producer portal (auth actor type `producer`:
 * the auth identity's app_metadata.producer_id holds this record's id). Invited by the province
 * with a link that expires; the invite token is stored only as a SHA-256 hash.
 */
export const ProducerStaff = model.define("producer_staff", {
  id: model.id({ prefix: "pstaff" }).primaryKey(),
  email: model.text(),
  name: model.text().nullable(),
  status: model.enum(["invited", "active", "disabled"]).default("invited"),
  invite_token_hash: model.text().nullable(),
  invite_expires_at: model.dateTime().nullable(),
  producer: model.belongsTo(() => Producer, { mappedBy: "staff" }),
})
