import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createAndLinkProductOptionsToProductWorkflow,
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  deleteProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { refuse } from "../../errors"
import { ownPacksStep, fold, newVariantLevelsStep, heldUnitsStep } from "./steps/own-variants"

export type NewPack = {
  producer_id: string
  product_id: string
  title: string
  amount: number
  stocked_quantity: number
}

/** A producer adds a pack to its own product: the option value, the variant with its VND price, and its stock. */
export const addOwnVariantWorkflow = createWorkflow("producer-add-own-variant", (input: NewPack) => {
  const packs = ownPacksStep(input)
  const plan = transform({ packs, input }, ({ packs, input }) => {
    const taken = packs.variants.find(
      (v) => fold(v.title) === fold(input.title) || v.options?.some((o) => fold(o.value) === fold(input.title)),
    )
    if (taken)
      throw refuse(MedusaError.Types.INVALID_DATA, "pack_exists", {
        field: "title",
        params: { pack: taken.title },
        message: `title: this product already has the pack "${taken.title}"`,
      })
    if (!packs.location_id) throw refuse(MedusaError.Types.UNEXPECTED_STATE, "shop_not_set_up")
    const linked = packs.values.some((v) => v.value === input.title)
    return { linked, option_id: packs.option_id, option_title: packs.option_title, location_id: packs.location_id }
  })
  createAndLinkProductOptionsToProductWorkflow.runAsStep({
    input: transform({ plan, input }, ({ plan, input }) => ({
      product_id: input.product_id,
      update: plan.linked ? [] : [{ product_option_id: plan.option_id, add: [{ value: input.title }] }],
    })),
  })
  const created = createProductVariantsWorkflow.runAsStep({
    input: transform({ plan, input }, ({ plan, input }) => ({
      product_variants: [
        {
          product_id: input.product_id,
          title: input.title,
          options: { [plan.option_title]: input.title },
          manage_inventory: true,
          prices: [{ currency_code: "vnd", amount: input.amount }],
        },
      ],
    })) as never,
  })
  const variantId = transform({ created }, ({ created }) => (created as any[])[0].id as string)
  const levels = newVariantLevelsStep(
    transform({ variantId, plan, input }, ({ variantId, plan, input }) => ({
      variant_id: variantId,
      location_id: plan.location_id!,
      stocked_quantity: input.stocked_quantity,
    })),
  )
  createInventoryLevelsWorkflow.runAsStep({
    input: transform({ levels }, ({ levels }) => ({ inventory_levels: levels })),
  })
  return new WorkflowResponse(transform({ variantId }, ({ variantId }) => ({ id: variantId })))
})

/**
 * A producer removes a pack: never the last one, never one that orders not yet shipped still hold.
 * The option value goes with it, so the same pack can be added again later.
 */
export const removeOwnVariantWorkflow = createWorkflow(
  "producer-remove-own-variant",
  (input: { producer_id: string; product_id: string; variant_id: string }) => {
    const packs = ownPacksStep(input)
    const held = heldUnitsStep(input)
    const plan = transform({ packs, held, input }, ({ packs, held, input }) => {
      const variant = packs.variants.find((v) => v.id === input.variant_id)
      if (!variant) throw refuse(MedusaError.Types.NOT_FOUND, "variant_not_found", { field: "variant_id" })
      if (packs.variants.length === 1) throw refuse(MedusaError.Types.NOT_ALLOWED, "pack_last", { field: "variant_id" })
      if (held > 0)
        throw refuse(MedusaError.Types.NOT_ALLOWED, "pack_held_by_orders", {
          field: "variant_id",
          params: { held },
          message: `variant_id: orders not yet shipped hold ${held} of this pack; ship them first`,
        })
      const values = new Set(variant.options?.map((o) => o.value))
      return { option_id: packs.option_id, value_ids: packs.values.filter((v) => values.has(v.value)).map((v) => v.id) }
    })
    // built from `plan`, so the deletion waits for (and only follows) the checks above
    deleteProductVariantsWorkflow.runAsStep({
      input: transform({ plan, input }, ({ input }) => ({ ids: [input.variant_id] })),
    })
    createAndLinkProductOptionsToProductWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({
        product_id: input.product_id,
        update: plan.value_ids.length ? [{ product_option_id: plan.option_id, remove: plan.value_ids }] : [],
      })),
    })
    return new WorkflowResponse({ id: input.variant_id })
  },
)
