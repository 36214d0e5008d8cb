/** Steps of adding and removing a pack: the product's packs, the new pack's stock levels, units unshipped orders hold. */
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ownProduct } from "../ownership"
import { refuse } from "../../../errors"

/**
 * A product's packs ("Quy cách": Hũ 250 g, Hũ 1 kg…) are the values of its one option; each pack
 * is a variant. What the portal needs to know to add or remove one, checked as the producer's own.
 */
export const ownPacksStep = createStep(
  "producer-own-packs",
  async (input: { producer_id: string; product_id: string; title?: string; variant_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [product, { data: locations }] = await Promise.all([
      ownProduct(container, input, [
        "id",
        "options.id",
        "options.title",
        "options.values.id",
        "options.values.value",
        "variants.id",
        "variants.title",
        "variants.options.value",
      ]),
      query.graph({ entity: "stock_location", fields: ["id"] }),
    ])
    if (product.options?.length !== 1) {
      throw refuse(MedusaError.Types.NOT_ALLOWED, "packs_multi_option", { field: "variants" })
    }
    const option = product.options[0]
    const variants = (product.variants ?? []) as { id: string; title: string; options?: { value: string }[] }[]
    return new StepResponse({
      option_id: option.id as string,
      option_title: option.title as string,
      values: (option.values ?? []) as { id: string; value: string }[],
      variants,
      location_id: ((locations[0] as any)?.id as string | undefined) ?? null,
    })
  },
)

export const fold = (s: string) => s.trim().toLocaleLowerCase("vi")

/** The inventory item Medusa made for a new variant, stocked at the shop's location. */
export const newVariantLevelsStep = createStep(
  "producer-new-variant-levels",
  async (input: { variant_id: string; location_id: string; stocked_quantity: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: { id: input.variant_id },
    })
    const items = ((data[0] as any)?.inventory_items ?? []) as { inventory_item_id: string }[]
    return new StepResponse(
      items.map((i) => ({
        inventory_item_id: i.inventory_item_id,
        location_id: input.location_id,
        stocked_quantity: input.stocked_quantity,
      })),
    )
  },
)

/** Units of this variant held by orders not yet shipped (their reservations). */
export const heldUnitsStep = createStep(
  "producer-variant-held-units",
  async (input: { variant_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: { id: input.variant_id },
    })
    const items = ((data[0] as any)?.inventory_items ?? []).map((i: any) => i.inventory_item_id as string)
    if (!items.length) return new StepResponse(0)
    const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: items })
    return new StepResponse(reservations.reduce((n, r) => n + Number(r.quantity), 0))
  },
)
