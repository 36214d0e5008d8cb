/** Steps of the certificate expiry and revocation workflows, each restoring the statuses it changed. */
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { vietnamToday } from "@ocop-market/ocop"
import { OCOP_MODULE, type OcopModuleService } from "../../modules/ocop"
import { refuse } from "../../errors"

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
export const expireStep = createStep(
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

/** The province revokes a certificate: the product keeps selling without the OCOP badge. */
export const revokeStep = createStep(
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
