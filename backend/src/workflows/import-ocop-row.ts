/**
 * One row of a certification decision: its producer (found by name, or created), its product (found
 * by handle, or created as a draft without a price, published when the row has one) and its
 * certification. A row is one workflow, so a failing row is rolled back whole and the others stand.
 */
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCT_CHANGED } from "../modules/ocop/events"
import { groupDrawingUrl, slugifyVietnamese } from "@ocop-market/ocop"
import type { DecisionRow } from "../import/decision-csv"
import { OCOP_MODULE, type OcopModuleService } from "../modules/ocop"
import { setProductOcopStep } from "./steps/product-ocop"

const upsertProducerStep = createStep(
  "import-ocop-upsert-producer",
  async (p: DecisionRow["producer"], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [found] = await ocop.listProducers({ name: p.name })
    if (found) return new StepResponse({ id: found.id, created: false }, null)
    const created = await ocop.createProducers({
      name: p.name,
      handle: slugifyVietnamese(p.name),
      legal_type: p.legal_type,
    })
    return new StepResponse({ id: created.id, created: true }, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteProducers([createdId])
  },
)

const findImportTargetsStep = createStep("import-ocop-find-targets", async (handle: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { handle } })
  const store = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  return new StepResponse({
    productId: (products[0]?.id as string | undefined) ?? null,
    channelId: store[0]?.default_sales_channel_id ?? null,
    profileId: profile?.id ?? null,
  })
})

export const importOcopRowWorkflow = createWorkflow("import-ocop-row", (input: { row: DecisionRow }) => {
  const producer = upsertProducerStep(transform({ input }, ({ input }) => input.row.producer))
  const targets = findImportTargetsStep(transform({ input }, ({ input }) => input.row.handle))

  const created = when({ targets }, ({ targets }) => !targets.productId).then(() =>
    createProductsWorkflow.runAsStep({
      input: transform({ input, targets }, ({ input, targets }) => ({
        products: [
          {
            title: input.row.product,
            handle: input.row.handle,
            description: input.row.description ?? undefined,
            status: input.row.price ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
            thumbnail: groupDrawingUrl(input.row.certification.group, process.env.STOREFRONT_URL),
            shipping_profile_id: targets.profileId ?? undefined,
            sales_channels: targets.channelId ? [{ id: targets.channelId }] : [],
            options: [{ title: "Quy cách", values: ["Mặc định"] }],
            variants: [
              {
                title: "Mặc định",
                options: { "Quy cách": "Mặc định" },
                manage_inventory: true,
                prices: input.row.price ? [{ currency_code: "vnd", amount: input.row.price }] : [],
              },
            ],
          },
        ],
      })),
    }),
  )

  const productId = transform(
    { targets, created },
    ({ targets, created }) => targets.productId ?? (created as { id: string }[])[0]!.id,
  )
  setProductOcopStep(
    transform({ input, productId, producer }, ({ input, productId, producer }) => [
      { product_id: productId, certification: input.row.certification, producer_id: producer.id },
    ]),
  )
  emitEventStep({
    eventName: OCOP_PRODUCT_CHANGED,
    data: transform({ productId }, ({ productId }) => ({ ids: [productId] })),
  })
  return new WorkflowResponse(
    transform({ targets, productId, producer }, ({ targets, productId, producer }) => ({
      product_id: productId,
      product: targets.productId ? ("updated" as const) : ("created" as const),
      producer_created: producer.created,
    })),
  )
})
