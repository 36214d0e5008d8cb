import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { slugifyVietnamese } from "@ocop-market/ocop"
import { OCOP_MODULE } from "../../modules/ocop"
import { ownProduct } from "./ownership"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createOrderFulfillmentWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  updateInventoryLevelsWorkflow,
  updateProductVariantsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { refuse } from "../../errors"
import { productIdsOfProducers } from "../../queries/producer-products"

type Target = { producer_id: string; product_id: string; variant_id: string }

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

/** A producer sets the stock of one of its variants at the shop's stock location. */
export const setOwnStockWorkflow = createWorkflow(
  "producer-set-own-stock",
  (input: Target & { stocked_quantity: number }) => {
    const own = assertOwnVariantStep(input)
    const updates = transform({ own, input }, ({ own, input }) => {
      if (!own.inventory_item_id || !own.location_id) {
        throw refuse(MedusaError.Types.NOT_ALLOWED, "stock_not_tracked", { field: "stocked_quantity" })
      }
      return [
        {
          inventory_item_id: own.inventory_item_id,
          location_id: own.location_id,
          stocked_quantity: input.stocked_quantity,
        },
      ]
    })
    const levels = updateInventoryLevelsWorkflow.runAsStep({ input: { updates } })
    return new WorkflowResponse(levels)
  },
)

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

/** The product is the producer's; anything else is "not found". */
const assertOwnProductStep = createStep(
  "assert-own-product",
  async (input: { producer_id: string; product_id: string }, { container }) => {
    const product = await ownProduct(container, input, ["id", "metadata"])
    return new StepResponse({ metadata: (product.metadata ?? {}) as Record<string, unknown> })
  },
)

/** The producer's line in an order, not yet fulfilled; anything else is "not found". */
const assertOwnLineStep = createStep(
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
  },
)

export type DraftProductInput = {
  producer_id: string
  title: string
  description?: string | null
  variants: { title: string; amount: number; stocked_quantity: number }[]
}

/** What a new product needs from the shop: its sales channel, shipping profile and stock location. */
const shopDefaultsStep = createStep("producer-draft-shop-defaults", async (_: void, { container }) => {
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
const draftHandleStep = createStep("producer-draft-handle", async (title: string, { container }) => {
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

const draftStockStep = createStep(
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

/**
 * A producer proposes a new product: created as a draft (not sold, not searchable) in the shop's
 * channel, linked to the producer, with VND prices and stock; the province reviews and publishes it.
 */
export const createDraftProductWorkflow = createWorkflow(
  "producer-create-draft-product",
  (input: DraftProductInput) => {
    const shop = shopDefaultsStep()
    const handle = draftHandleStep(transform({ input }, ({ input }) => input.title))
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input, shop, handle }, ({ input, shop, handle }) => ({
        products: [
          {
            title: input.title,
            handle,
            description: input.description ?? null,
            status: "draft" as const,
            shipping_profile_id: shop.shipping_profile_id,
            sales_channels: [{ id: shop.sales_channel_id }],
            options: [{ title: "Quy cách", values: input.variants.map((v) => v.title) }],
            variants: input.variants.map((v) => ({
              title: v.title,
              options: { "Quy cách": v.title },
              manage_inventory: true,
              prices: [{ currency_code: "vnd", amount: v.amount }],
            })),
            metadata: { proposed_by_producer: input.producer_id },
          },
        ],
      })) as never,
    })
    const productId = transform({ products }, ({ products }) => (products as any[])[0].id as string)
    createRemoteLinkStep(
      transform({ productId, input }, ({ productId, input }) => [
        { [Modules.PRODUCT]: { product_id: productId }, [OCOP_MODULE]: { producer_id: input.producer_id } },
      ]),
    )
    const levels = draftStockStep(
      transform({ productId, shop, input }, ({ productId, shop, input }) => ({
        product_id: productId,
        location_id: shop.location_id,
        stock: Object.fromEntries(input.variants.map((v) => [v.title, v.stocked_quantity])),
      })),
    )
    createInventoryLevelsWorkflow.runAsStep({ input: { inventory_levels: levels } as never })
    return new WorkflowResponse({ id: productId })
  },
)

/** A producer edits its own product's description and its low-stock threshold (kept in metadata). */
export const updateOwnProductWorkflow = createWorkflow(
  "producer-update-own-product",
  (input: { producer_id: string; product_id: string; description?: string | null; low_stock_threshold?: number }) => {
    const owned = assertOwnProductStep(input)
    const update = transform({ input, owned }, ({ input, owned }) => ({
      selector: { id: input.product_id },
      update: {
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.low_stock_threshold !== undefined
          ? { metadata: { ...owned.metadata, low_stock_threshold: input.low_stock_threshold } }
          : {}),
      },
    }))
    return new WorkflowResponse(updateProductsWorkflow.runAsStep({ input: update as never }))
  },
)
