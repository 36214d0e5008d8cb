import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { programmeStats } from "../../../../queries/ocop-stats"

/** The programme at a glance, computed live from the certificates of published products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ stats: await programmeStats(req.scope) })
}
