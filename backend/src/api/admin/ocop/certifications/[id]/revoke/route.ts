import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCertificationWorkflow } from "../../../../../../workflows/certification-status"
import type { RevokeInputType } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<RevokeInputType>, res: MedusaResponse) {
  const { result } = await revokeCertificationWorkflow(req.scope).run({
    input: { id: req.params.id!, reason: req.validatedBody.reason },
  })
  res.json({ certification: result })
}
