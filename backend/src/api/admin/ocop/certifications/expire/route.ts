import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { expireCertificationsWorkflow } from "../../../../../workflows/certification-status"

/** Runs the daily expiry now (the scheduled job runs the same workflow). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await expireCertificationsWorkflow(req.scope).run({ input: {} })
  res.json(result)
}
