/** Steps of the producer's product workflows: ownership checks and a draft's shop defaults, handle and stock. */
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { slugifyVietnamese } from "@ocop-market/ocop"
import { ownProduct } from "../ownership"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refuse } from "../../../errors"
import { productIdsOfProducers } from "../../../queries/producer-products"
import type { Target } from "../own-products"

/** The variant is one of the producer's own product's (see `ownProduct`). */
export const assertOwnVariantStep = createStep("assert-own-variant", async (input: Target, { container }) => {
  const product = await ownProduct(
    container,
    input,
    [
      "id",
      "variants.id",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.inventory.location_levels.location_id",
    ],
    "variant_not_found",
  )
  const variant = product.variants?.find((v: any) => v.id === input.variant_id)
  if (!variant) throw refuse(MedusaError.Types.NOT_FOUND, "variant_not_found", { field: "variant_id" })
  const item = variant.inventory_items?.[0]
  return new StepResponse({
    variant_id: variant.id as string,
    inventory_item_id: (item?.inventory_item_id as string | undefined) ?? null,
    location_id: (item?.inventory?.location_levels?.[0]?.location_id as string | undefined) ?? null,
  })
})

/** The product is the producer's; anything else is "not found". */
export const assertOwnProductStep = createStep(
  "assert-own-product",
  async (input: { producer_id: string; product_id: string }, { container }) => {
    const product = await ownProduct(container, input, ["id", "metadata"])
    return new StepResponse({ metadata: (product.metadata ?? {}) as Record<string, unknown> })
  },
)

/** The producer's line in an order, not yet fulfilled; anything else is "not found". */
export const assertOwnLineStep = createStep(
  "assert-own-order-line",
  async (input: { producer_id: string; order_id: string; line_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const own = new Set(await productIdsOfProducers(container, input.producer_id))
    const { data: orders } = await query.graph({
      entity: "order",
      // an order line's quantities live in its detail (order_item)
      fields: ["id", "items.id", "items.product_id", "items.detail.quantity", "items.detail.fulfilled_quantity"],
      filters: { id: input.order_id },
    })
    const line = (orders[0] as any)?.items?.find((i: any) => i.id === input.line_id && own.has(i.product_id))
    if (!line) throw refuse(MedusaError.Types.NOT_FOUND, "line_not_found", { field: "line_id" })
    const open = Number(line.detail?.quantity ?? 0) - Number(line.detail?.fulfilled_quantity ?? 0)
    if (open <= 0) throw refuse(MedusaError.Types.NOT_ALLOWED, "line_shipped", { field: "line_id" })
    return new StepResponse({ quantity: open })
  },
)

/** What a new product needs from the shop: its sales channel, shipping profile and stock location. */
export const shopDefaultsStep = createStep("producer-draft-shop-defaults", async (_: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: channels }, { data: profiles }, { data: locations }] = await Promise.all([
    query.graph({ entity: "sales_channel", fields: ["id", "name"] }),
    query.graph({ entity: "shipping_profile", fields: ["id", "type"] }),
    query.graph({ entity: "stock_location", fields: ["id"] }),
  ])
  const channel = (channels as any[]).find((c) => c.name === "OCOP Market") ?? channels[0]
  const profile = (profiles as any[]).find((p) => p.type === "default") ?? profiles[0]
  if (!channel || !profile || !locations[0]) throw refuse(MedusaError.Types.UNEXPECTED_STATE, "shop_not_set_up")
  return new StepResponse({
    sales_channel_id: channel.id as string,
    shipping_profile_id: profile.id as string,
    location_id: (locations[0] as any).id as string,
  })
})

/** An ASCII handle from the Vietnamese title (the shop's URLs: /san-pham/mam-tep-le-gia), made unique with -2, -3… */
export const draftHandleStep = createStep("producer-draft-handle", async (title: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const base = slugifyVietnamese(title) || "san-pham"
  const { data } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: { $like: `${base}%` } },
    withDeleted: true,
  } as never)
  const taken = new Set((data as { handle: string }[]).map((p) => p.handle))
  let handle = base
  for (let n = 2; taken.has(handle); n++) handle = `${base}-${n}`
  return new StepResponse(handle)
})

export const draftStockStep = createStep(
  "producer-draft-stock-levels",
  async (input: { product_id: string; location_id: string; stock: Record<string, number> }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["variants.title", "variants.inventory_items.inventory_item_id"],
      filters: { id: input.product_id },
    })
    const levels = ((data[0] as any)?.variants ?? []).flatMap((v: any) =>
      (v.inventory_items ?? []).map((i: any) => ({
        inventory_item_id: i.inventory_item_id,
        location_id: input.location_id,
        stocked_quantity: input.stock[v.title] ?? 0,
      })),
    )
    return new StepResponse(levels)
  },
)
