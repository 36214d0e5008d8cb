import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { revokeCertificationWorkflow } from "../../../../../../workflows/certification-status"
import type { RevokeInput } from "../../../../../ocop-validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof RevokeInput>>, res: MedusaResponse) {
  const { result } = await revokeCertificationWorkflow(req.scope).run({
    input: { id: req.params.id!, reason: req.validatedBody.reason },
  })
  res.json({ certification: result })
}
