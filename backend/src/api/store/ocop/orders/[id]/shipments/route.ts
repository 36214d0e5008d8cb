import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderShipments } from "../../../../../../queries/order-shipments"
import { sqlOf } from "../../../../../../queries/sql"

/** What has been shipped of the order, line by line, with the tracking numbers (for whoever may see the order). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ shipments: await orderShipments(sqlOf(req.scope), req.params.id!) })
}
