import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProducerStaffStatusWorkflow } from "../../../../../../../workflows/producer-portal/staff"
import type { StaffStatusType } from "../../../../validators"

/** Disable (or enable again) a staff member's portal access. */
export async function POST(req: AuthenticatedMedusaRequest<StaffStatusType>, res: MedusaResponse) {
  const { result } = await setProducerStaffStatusWorkflow(req.scope).run({
    input: { producer_id: req.params.id!, staff_id: req.params.staff_id!, status: req.validatedBody.status },
  })
  res.json({ staff: { id: result.id, status: result.status } })
}
