import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"

type Target = { producer_id: string; product_id: string; variant_id: string }

/**
 * The one ownership check of the portal's writes: the product is the producer's and the variant
 * is the product's. Anything else is "not found" — the portal never says whether another
 * producer's record exists.
 */
export const assertOwnVariantStep = createStep("assert-own-variant", async (input: Target, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "producer.id", "variants.id", "variants.inventory_items.inventory_item_id", "variants.inventory_items.inventory.location_levels.location_id"],
    filters: { id: input.product_id },
  })
  const product: any = data[0]
  const variant = product?.producer?.id === input.producer_id ? product.variants?.find((v: any) => v.id === input.variant_id) : undefined
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, "variant_id: no such variant among your products")
  const item = variant.inventory_items?.[0]
  return new StepResponse({
    variant_id: variant.id as string,
    inventory_item_id: (item?.inventory_item_id as string | undefined) ?? null,
    location_id: (item?.inventory?.location_levels?.[0]?.location_id as string | undefined) ?? null,
  })
})

/** A producer sets the stock of one of its variants at the shop's stock location. */
export const setOwnStockWorkflow = createWorkflow("producer-set-own-stock", (input: Target & { stocked_quantity: number }) => {
  const own = assertOwnVariantStep(input)
  const updates = transform({ own, input }, ({ own, input }) => {
    if (!own.inventory_item_id || !own.location_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "stocked_quantity: this variant does not track stock")
    }
    return [{ inventory_item_id: own.inventory_item_id, location_id: own.location_id, stocked_quantity: input.stocked_quantity }]
  })
  const levels = updateInventoryLevelsWorkflow.runAsStep({ input: { updates } })
  return new WorkflowResponse(levels)
})

/** A producer sets the VND price of one of its variants (whole dong). */
export const setOwnPriceWorkflow = createWorkflow("producer-set-own-price", (input: Target & { amount: number }) => {
  const own = assertOwnVariantStep(input)
  const data = transform({ own, input }, ({ own, input }) => ({
    selector: { id: own.variant_id },
    update: { prices: [{ currency_code: "vnd", amount: input.amount }] },
  }))
  const variants = updateProductVariantsWorkflow.runAsStep({ input: data as never })
  return new WorkflowResponse(variants)
})

/** The producer's line in an order, not yet fulfilled; anything else is "not found". */
const assertOwnLineStep = createStep(
  "assert-own-order-line",
  async (input: { producer_id: string; order_id: string; line_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: producers } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: input.producer_id } })
    const own = new Set(((producers[0] as any)?.products ?? []).map((p: any) => p.id))
    const { data: orders } = await query.graph({
      entity: "order",
      // an order line's quantities live in its detail (order_item)
      fields: ["id", "items.id", "items.product_id", "items.detail.quantity", "items.detail.fulfilled_quantity"],
      filters: { id: input.order_id },
    })
    const line = (orders[0] as any)?.items?.find((i: any) => i.id === input.line_id && own.has(i.product_id))
    if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, "line_id: no such line among your orders")
    const open = Number(line.detail?.quantity ?? 0) - Number(line.detail?.fulfilled_quantity ?? 0)
    if (open <= 0) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "line_id: this line has been shipped already")
    return new StepResponse({ quantity: open })
  }
)

/** A producer ships its own line of an order: a fulfillment of those items, with the tracking number. */
export const shipOwnLineWorkflow = createWorkflow(
  "producer-ship-own-line",
  (input: { producer_id: string; order_id: string; line_id: string; tracking_number: string }) => {
    const line = assertOwnLineStep(input)
    const fulfillment = transform({ input, line }, ({ input, line }) => ({
      order_id: input.order_id,
      items: [{ id: input.line_id, quantity: line.quantity }],
      labels: [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }],
    }))
    return new WorkflowResponse(createOrderFulfillmentWorkflow.runAsStep({ input: fulfillment }))
  }
)
