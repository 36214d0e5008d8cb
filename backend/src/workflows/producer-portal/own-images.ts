import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { refuse } from "../../errors"
import { MAX_PRODUCT_IMAGES, isPlaceholder, ownImagesStep } from "./steps/own-images"

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
