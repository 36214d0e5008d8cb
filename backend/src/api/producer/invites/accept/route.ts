import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptProducerInviteWorkflow } from "../../../../workflows/producer-portal/staff"
import type { InviteAcceptType } from "../../validators"
import { refuse } from "../../../../errors"

/** The invitee, holding a registration token for its new e-mail/password identity, takes up the invite. */
export async function POST(req: AuthenticatedMedusaRequest<InviteAcceptType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    // an identity that is already a staff member cannot take up another invite
    throw refuse(MedusaError.Types.NOT_ALLOWED, "login_taken", { field: "token" })
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ["provider_identities"],
  })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id ?? ""
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, email, auth_identity_id: req.auth_context.auth_identity_id },
  })
  res.json({ staff: { id: result.id, email: result.email, status: result.status } })
}
