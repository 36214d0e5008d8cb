/** The producer workflows' steps: create and update, each undone on failure. */
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { slugifyVietnamese } from "@ocop-market/ocop"
import { newCommuneByCode } from "@ocop-market/ocop/admin-units"
import { OCOP_MODULE, type OcopModuleService } from "../../modules/ocop"
import { refuse } from "../../errors"
import type { ProducerData } from "../producers"

/** Fills the handle and the current unit's names from its code; rejects an unknown code. */
function normalise(p: Partial<ProducerData>) {
  const out: Record<string, unknown> = { ...p }
  if (p.name && !p.handle) out.handle = slugifyVietnamese(p.name)
  if (p.commune_code) {
    const unit = newCommuneByCode(p.commune_code)
    if (!unit) throw refuse(MedusaError.Types.INVALID_DATA, "commune_code_not_current", { field: "commune_code" })
    Object.assign(out, {
      commune_name: unit.full_name,
      province_code: unit.province.code,
      province_name: unit.province.name,
    })
  }
  return out
}

export const createProducersStep = createStep(
  "create-ocop-producers",
  async (input: ProducerData[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const data = input.map(normalise)
    const handles = data.map((d) => d.handle as string)
    const taken = await ocop.listProducers({ handle: handles })
    if (taken.length) {
      throw refuse(MedusaError.Types.DUPLICATE_ERROR, "handle_taken", {
        field: "handle",
        params: { handle: taken[0]!.handle },
      })
    }
    const created = await ocop.createProducers(data as never[])
    return new StepResponse(
      created,
      created.map((p) => p.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteProducers(ids)
  },
)

export const updateProducerStep = createStep(
  "update-ocop-producer",
  async (input: { id: string; update: Partial<ProducerData> }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.retrieveProducer(input.id)
    const data = normalise(input.update)
    if (data.handle && data.handle !== before.handle) {
      const taken = await ocop.listProducers({ handle: data.handle as string })
      if (taken.length)
        throw refuse(MedusaError.Types.DUPLICATE_ERROR, "handle_taken", {
          field: "handle",
          params: { handle: data.handle as string },
        })
    }
    const updated = await ocop.updateProducers({ id: input.id, ...data } as never)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const { created_at, updated_at, deleted_at, ...restore } = before as unknown as Record<string, unknown>
    await ocop.updateProducers(restore as never)
  },
)
