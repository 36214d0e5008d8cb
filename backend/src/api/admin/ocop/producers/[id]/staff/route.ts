import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storefrontLink } from "../../../../../../mail/links"
import { OCOP_MODULE, type OcopModuleService } from "../../../../../../modules/ocop"
import { inviteProducerStaffWorkflow } from "../../../../../../workflows/producer-portal/staff"
import type { StaffInviteType } from "../../../validators"

/** A producer's portal accounts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const staff = await ocop.listProducerStaffs(
    { producer_id: req.params.id },
    { select: ["id", "email", "name", "status", "invite_expires_at", "created_at"] },
  )
  res.json({ staff })
}

/** Invite a staff member: the link goes out by e-mail (Notification Module) and is in the answer for the admin to pass on. */
export async function POST(req: AuthenticatedMedusaRequest<StaffInviteType>, res: MedusaResponse) {
  const { result } = await inviteProducerStaffWorkflow(req.scope).run({
    input: { producer_id: req.params.id!, ...req.validatedBody },
  })
  const invite_url = storefrontLink("producerInvite", "vi", { token: result.token })
  res.status(201).json({
    staff: { id: result.staff.id, email: result.staff.email, status: result.staff.status },
    invite_url,
    token: result.token,
    expires_at: result.expires_at,
  })
}
