/** Steps of inviting producers' staff, taking up an invite and switching an account on or off. */
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type OcopModuleService } from "../../../modules/ocop"
import { refuse } from "../../../errors"
import { hashToken, newMailToken } from "../../steps/mail-tokens"

export const INVITE_DAYS = 7

export const createInviteStep = createStep(
  "create-producer-staff-invite",
  async (input: { producer_id: string; email: string; name?: string | null }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [producer] = await ocop.listProducers({ id: input.producer_id })
    if (!producer) throw refuse(MedusaError.Types.NOT_FOUND, "producer_not_found", { field: "producer_id" })
    const email = input.email.trim().toLowerCase()
    const [existing] = await ocop.listProducerStaffs({ email, status: ["invited", "active"] })
    if (existing) throw refuse(MedusaError.Types.DUPLICATE_ERROR, "staff_exists", { field: "email" })
    const { token, hash } = newMailToken()
    const expires = new Date(Date.now() + INVITE_DAYS * 86_400_000)
    const staff = await ocop.createProducerStaffs({
      producer_id: producer.id,
      email,
      name: input.name ?? null,
      status: "invited",
      invite_token_hash: hash,
      invite_expires_at: expires,
    })
    return new StepResponse({ staff, token, expires_at: expires.toISOString() }, staff.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(OCOP_MODULE) as OcopModuleService).deleteProducerStaffs(id)
  },
)

export const findInviteStep = createStep(
  "find-producer-invite",
  async (input: { token: string; email: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [staff] = await ocop.listProducerStaffs({ invite_token_hash: hashToken(input.token) })
    if (!staff || staff.status !== "invited")
      throw refuse(MedusaError.Types.NOT_FOUND, "invite_not_found", { field: "token" })
    if (!staff.invite_expires_at || new Date(staff.invite_expires_at).getTime() < Date.now()) {
      throw refuse(MedusaError.Types.NOT_ALLOWED, "invite_expired", { field: "token" })
    }
    if (staff.email !== input.email.trim().toLowerCase())
      throw refuse(MedusaError.Types.NOT_ALLOWED, "invite_email_mismatch", { field: "email" })
    return new StepResponse(staff)
  },
)

export const activateStaffStep = createStep(
  "activate-producer-staff",
  async (staffId: string, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [before] = await ocop.listProducerStaffs({ id: staffId })
    const staff = await ocop.updateProducerStaffs({
      id: staffId,
      status: "active",
      invite_token_hash: null,
      invite_expires_at: null,
    })
    return new StepResponse(staff, before)
  },
  async (before, { container }) => {
    if (before)
      await (container.resolve(OCOP_MODULE) as OcopModuleService).updateProducerStaffs({
        id: before.id,
        status: before.status,
        invite_token_hash: before.invite_token_hash,
        invite_expires_at: before.invite_expires_at,
      })
  },
)

export const setStatusStep = createStep(
  "set-producer-staff-status",
  async (input: { producer_id: string; staff_id: string; status: "active" | "disabled" }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [staff] = await ocop.listProducerStaffs({ id: input.staff_id, producer_id: input.producer_id })
    if (!staff) throw refuse(MedusaError.Types.NOT_FOUND, "staff_not_found", { field: "staff_id" })
    if (staff.status === "invited")
      throw refuse(MedusaError.Types.NOT_ALLOWED, "staff_not_accepted", { field: "status" })
    const updated = await ocop.updateProducerStaffs({ id: staff.id, status: input.status })
    return new StepResponse(updated, { id: staff.id, status: staff.status })
  },
  async (before, { container }) => {
    if (before) await (container.resolve(OCOP_MODULE) as OcopModuleService).updateProducerStaffs(before)
  },
)
