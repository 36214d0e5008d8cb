/**
 * Attaching OCOP data to a product: its certification (created or updated) and its producer link.
 * Used by the product create/update hooks and by the import; each change records what undoes it,
 * so a failing workflow leaves the product as it was.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  certificateValidUntil,
  certificationStatusOn,
  issuingLevelFor,
  validateCertification,
  vietnamToday,
  type Star,
} from "@ocop-market/ocop"
import { resolveCertifiedOrigin } from "@ocop-market/ocop/admin-units"
import type { CertificationInputType } from "../../modules/ocop/inputs"
import { OCOP_MODULE, type OcopModuleService } from "../../modules/ocop"
import { refuse, refuseFieldErrors } from "../../errors"
import type { ProductOcopInput, ProductOcopUndo } from "../product-ocop"

const emptyUndo = (): ProductOcopUndo => ({
  createdCertificationIds: [],
  previousCertifications: [],
  createdLinks: [],
  dismissedLinks: [],
})

/** The stored record for a validated certification input (status and origin derived). */
export function certificationRecord(c: CertificationInputType) {
  // The same rules as the HTTP validator, for callers that are not routes (seed, import).
  const resolved = resolveCertifiedOrigin(c.origin)
  const errors = [...validateCertification(c, vietnamToday()), ...resolved.errors]
  if (errors.length || !resolved.origin) {
    throw refuseFieldErrors(errors, "ocop_certification.")
  }
  const valid_until = certificateValidUntil(c.decision_date)
  const status = certificationStatusOn({ valid_until }, vietnamToday())
  return {
    star: c.star,
    score: c.score ?? null,
    group: c.group as never,
    sub_group: c.sub_group ?? null,
    decision_number: c.decision_number.trim(),
    decision_date: c.decision_date,
    issuing_level: c.issuing_level ?? issuingLevelFor(c.star as Star, c.decision_date),
    valid_until,
    status,
    status_reason: status === "expired" ? `Giấy chứng nhận hết hiệu lực sau ngày ${valid_until}` : null,
    proposed_star: c.proposed_star ?? null,
    sample_data: c.sample_data ?? false,
    source_url: c.source_url ?? null,
    notes: c.notes ?? null,
    ...resolved.origin,
    // a JSON array column (the model types json as an object)
    current_units: resolved.origin.current_units as unknown as Record<string, unknown>,
  }
}

export async function applyProductOcop(
  container: MedusaContainer,
  inputs: ProductOcopInput[],
): Promise<ProductOcopUndo> {
  const undo = emptyUndo()
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  try {
    for (const input of inputs) {
      if (!input.certification && !input.producer_id) continue
      const {
        data: [product],
      } = await query.graph({
        entity: "product",
        fields: ["id", "ocop_certification.*", "producer.id"],
        filters: { id: input.product_id },
      })
      if (!product) throw refuse(MedusaError.Types.NOT_FOUND, "product_not_found", { field: "product_id" })
      const current = (product as Record<string, any>).ocop_certification
      if (input.certification) {
        const record = certificationRecord(input.certification)
        if (current?.id) {
          undo.previousCertifications.push(current)
          await ocop.updateOcopCertifications({ id: current.id, ...record })
        } else {
          const created = await ocop.createOcopCertifications(record)
          undo.createdCertificationIds.push(created.id)
          const l = {
            [Modules.PRODUCT]: { product_id: input.product_id },
            [OCOP_MODULE]: { ocop_certification_id: created.id },
          }
          await link.create(l)
          undo.createdLinks.push(l)
        }
      }
      if (input.producer_id) {
        const [known] = await ocop.listProducers({ id: input.producer_id })
        if (!known)
          throw refuse(MedusaError.Types.NOT_FOUND, "producer_not_found", { field: "additional_data.producer_id" })
        const previous = (product as Record<string, any>).producer?.id as string | undefined
        if (previous !== input.producer_id) {
          if (previous) {
            const old = {
              [Modules.PRODUCT]: { product_id: input.product_id },
              [OCOP_MODULE]: { producer_id: previous },
            }
            await link.dismiss(old)
            undo.dismissedLinks.push(old)
          }
          const l = {
            [Modules.PRODUCT]: { product_id: input.product_id },
            [OCOP_MODULE]: { producer_id: input.producer_id },
          }
          await link.create(l)
          undo.createdLinks.push(l)
        }
      }
    }
  } catch (err) {
    await undoProductOcop(container, undo)
    throw err
  }
  return undo
}

export async function undoProductOcop(container: MedusaContainer, undo: ProductOcopUndo | undefined) {
  if (!undo) return
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  for (const l of undo.createdLinks.reverse()) await link.dismiss(l).catch(() => undefined)
  for (const l of undo.dismissedLinks) await link.create(l).catch(() => undefined)
  if (undo.createdCertificationIds.length) await ocop.deleteOcopCertifications(undo.createdCertificationIds)
  for (const prev of undo.previousCertifications) {
    const { created_at, updated_at, deleted_at, ...restore } = prev
    await ocop.updateOcopCertifications(restore as never)
  }
}

export const setProductOcopStep = createStep(
  "set-product-ocop",
  async (inputs: ProductOcopInput[], { container }) => {
    const undo = await applyProductOcop(container, inputs)
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => undoProductOcop(container, undo),
)
