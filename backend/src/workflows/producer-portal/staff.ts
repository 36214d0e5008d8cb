import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createInviteStep, findInviteStep, activateStaffStep, setStatusStep } from "./steps/staff"

export const PRODUCER_STAFF_INVITED = "ocop.producer_staff.invited"

/** The province invites a producer's staff member: a link with a token that expires in 7 days, sent by e-mail. */
export const inviteProducerStaffWorkflow = createWorkflow(
  "invite-producer-staff",
  (input: { producer_id: string; email: string; name?: string | null }) => {
    const invite = createInviteStep(input)
    emitEventStep({
      eventName: PRODUCER_STAFF_INVITED,
      data: transform({ invite }, ({ invite }) => ({
        email: invite.staff.email,
        token: invite.token,
        expires_at: invite.expires_at,
      })),
    })
    return new WorkflowResponse(invite)
  },
)

/**
 * The invitee registered an e-mail/password identity (`/auth/producer/emailpass/register`) and
 * presents it with the invite token: the identity becomes this staff member (app_metadata.producer_id).
 */
export const acceptProducerInviteWorkflow = createWorkflow(
  "accept-producer-invite",
  (input: { token: string; email: string; auth_identity_id: string }) => {
    const staff = findInviteStep(input)
    setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "producer", value: staff.id })
    return new WorkflowResponse(activateStaffStep(staff.id))
  },
)

/** The province disables (or re-enables) a staff member's access to the portal. */
export const setProducerStaffStatusWorkflow = createWorkflow(
  "set-producer-staff-status",
  (input: { producer_id: string; staff_id: string; status: "active" | "disabled" }) => {
    return new WorkflowResponse(setStatusStep(input))
  },
)
