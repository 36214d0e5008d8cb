import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { claimGuestOrderWorkflow } from "../../../../../../workflows/claim-guest-order"

/** The logged-in shopper asks for a guest order placed with their e-mail: a confirmation link is mailed there. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await claimGuestOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id!, customer_id: req.auth_context.actor_id },
  })
  res.status(202).json({ requested: true })
}
