import { MedusaError, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
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
import {
  assertOwnVariantStep,
  assertOwnProductStep,
  assertOwnLineStep,
  shopDefaultsStep,
  draftHandleStep,
  draftStockStep,
} from "./steps/own-products"

export type Target = { producer_id: string; product_id: string; variant_id: string }

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

/** A producer ships its own line of an order: a fulfillment of those items, with the carrier and tracking number. */
export const shipOwnLineWorkflow = createWorkflow(
  "producer-ship-own-line",
  (input: {
    producer_id: string
    order_id: string
    line_id: string
    tracking_number: string
    carrier: string | null
  }) => {
    const line = assertOwnLineStep(input)
    const fulfillment = transform({ input, line }, ({ input, line }) => ({
      order_id: input.order_id,
      items: [{ id: input.line_id, quantity: line.quantity }],
      labels: input.tracking_number
        ? [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }]
        : [],
      metadata: input.carrier ? { carrier: input.carrier } : undefined,
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
