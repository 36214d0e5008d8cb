import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCT_CHANGED } from "../modules/ocop/events"
import { affectedProductsStep } from "./steps/affected-products"
import { vietnamToday } from "@ocop-market/ocop"
import { OCOP_MODULE, type OcopModuleService } from "../modules/ocop"
import { refuse } from "../errors"

type StatusSnapshot = {
  id: string
  status: "active" | "expired" | "revoked"
  status_reason: string | null
  revoked_at: Date | null
}

const restore = async (snapshots: StatusSnapshot[] | undefined, container: { resolve: (k: string) => unknown }) => {
  if (!snapshots?.length) return
  const ocop = container.resolve(OCOP_MODULE) as OcopModuleService
  await ocop.updateOcopCertifications(snapshots)
}

/** Marks every active certificate whose validity ended before `today` as expired. */
const expireStep = createStep(
  "expire-ocop-certifications",
  async (input: { today?: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const today = input.today ?? vietnamToday()
    const lapsed = await ocop.listOcopCertifications({ status: "active", valid_until: { $lt: today } }, { take: null })
    if (!lapsed.length) return new StepResponse({ expired: [] as string[] }, [] as StatusSnapshot[])
    await ocop.updateOcopCertifications(
      lapsed.map((c) => ({
        id: c.id,
        status: "expired" as const,
        status_reason: `Giấy chứng nhận hết hiệu lực sau ngày ${c.valid_until}`,
      })),
    )
    return new StepResponse(
      { expired: lapsed.map((c) => c.id) },
      lapsed.map((c) => ({ id: c.id, status: c.status, status_reason: c.status_reason, revoked_at: c.revoked_at })),
    )
  },
  (snapshots, { container }) => restore(snapshots, container),
)

export const expireCertificationsWorkflow = createWorkflow(
  "expire-ocop-certifications",
  (input: { today?: string }) => {
    const result = expireStep(input)
    const products = affectedProductsStep(
      transform({ result }, ({ result }) => ({ certification_ids: result.expired })),
    )
    emitEventStep({ eventName: OCOP_PRODUCT_CHANGED, data: products })
    return new WorkflowResponse(result)
  },
)

/** The province revokes a certificate: the product keeps selling without the OCOP badge. */
const revokeStep = createStep(
  "revoke-ocop-certification",
  async (input: { id: string; reason: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const c = await ocop.retrieveOcopCertification(input.id)
    if (c.status === "revoked")
      throw refuse(MedusaError.Types.NOT_ALLOWED, "certification_revoked_already", { field: "id" })
    const updated = await ocop.updateOcopCertifications({
      id: c.id,
      status: "revoked",
      revoked_at: new Date(),
      status_reason: `Giấy chứng nhận bị thu hồi: ${input.reason}`,
    })
    return new StepResponse(updated, [
      { id: c.id, status: c.status, status_reason: c.status_reason, revoked_at: c.revoked_at },
    ])
  },
  (snapshots, { container }) => restore(snapshots, container),
)

export const revokeCertificationWorkflow = createWorkflow(
  "revoke-ocop-certification",
  (input: { id: string; reason: string }) => {
    const revoked = revokeStep(input)
    const products = affectedProductsStep(transform({ input }, ({ input }) => ({ certification_ids: [input.id] })))
    emitEventStep({ eventName: OCOP_PRODUCT_CHANGED, data: products })
    return new WorkflowResponse(revoked)
  },
)
