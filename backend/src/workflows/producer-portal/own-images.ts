import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { groupDrawingUrl, isGroupDrawing } from "@ocop-market/ocop"
import { ownProduct } from "./ownership"
import { refuse } from "../../errors"

/** A product shows at most this many photos. */
export const MAX_PRODUCT_IMAGES = 12

/** Products without a photo show their OCOP group's drawing (see the seed); a real photo replaces it. */
const placeholderFor = (group: string | undefined) =>
  group ? groupDrawingUrl(group, process.env.STOREFRONT_URL) : null
const isPlaceholder = (url: string | null | undefined) => !url || isGroupDrawing(url)

const ownImagesStep = createStep(
  "producer-own-images",
  async (input: { producer_id: string; product_id: string }, { container }) => {
    const product = await ownProduct(container, input, [
      "id",
      "thumbnail",
      "images.id",
      "images.url",
      "images.rank",
      "ocop_certification.group",
    ])
    const images = ((product.images ?? []) as { id: string; url: string; rank: number }[])
      .sort((a, b) => a.rank - b.rank)
      .map(({ id, url }) => ({ id, url }))
    return new StepResponse({
      images,
      thumbnail: (product.thumbnail as string | null) ?? null,
      placeholder: placeholderFor(product.ocop_certification?.group),
    })
  },
)

export type ImageFile = { filename: string; mimeType: string; content: string }

/**
 * A producer adds photos to its own product: stored through Medusa's File Module (local files
 * here), then appended to the product's gallery. The first real photo becomes the cover in place
 * of the group drawing. If the product update fails, the uploaded files are removed again.
 */
export const addOwnImagesWorkflow = createWorkflow(
  "producer-add-own-images",
  (input: { producer_id: string; product_id: string; files: ImageFile[] }) => {
    const own = ownImagesStep(input)
    const files = transform({ own, input }, ({ own, input }) => {
      if (own.images.length + input.files.length > MAX_PRODUCT_IMAGES) {
        throw refuse(MedusaError.Types.INVALID_DATA, "photos_too_many", {
          field: "files",
          params: { max: MAX_PRODUCT_IMAGES, now: own.images.length },
          message: `files: a product has at most ${MAX_PRODUCT_IMAGES} photos (${own.images.length} now); remove some first`,
        })
      }
      return { files: input.files.map((f) => ({ ...f, access: "public" as const })) }
    })
    const uploaded = uploadFilesWorkflow.runAsStep({ input: files })
    const update = transform({ own, uploaded, input }, ({ own, uploaded, input }) => ({
      selector: { id: input.product_id },
      update: {
        images: [...own.images, ...uploaded.map((f) => ({ url: f.url }))],
        thumbnail: isPlaceholder(own.thumbnail) ? uploaded[0]!.url : own.thumbnail,
      },
    }))
    updateProductsWorkflow.runAsStep({ input: update as never })
    return new WorkflowResponse(transform({ uploaded }, ({ uploaded }) => uploaded.map((f) => ({ url: f.url }))))
  },
)

/** A producer removes a photo from its own product; the cover moves to the next photo, or back to the group drawing. */
export const removeOwnImageWorkflow = createWorkflow(
  "producer-remove-own-image",
  (input: { producer_id: string; product_id: string; image_id: string }) => {
    const own = ownImagesStep(input)
    const update = transform({ own, input }, ({ own, input }) => {
      const removed = own.images.find((i) => i.id === input.image_id)
      if (!removed) throw refuse(MedusaError.Types.NOT_FOUND, "image_not_found", { field: "image_id" })
      const rest = own.images.filter((i) => i.id !== input.image_id)
      return {
        selector: { id: input.product_id },
        update: {
          images: rest,
          thumbnail: own.thumbnail === removed.url ? (rest[0]?.url ?? own.placeholder) : own.thumbnail,
        },
      }
    })
    updateProductsWorkflow.runAsStep({ input: update as never })
    return new WorkflowResponse({ id: input.image_id })
  },
)
