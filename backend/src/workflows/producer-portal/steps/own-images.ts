/** The step that checks a producer's product and lists its photos, and what counts as the group drawing. */
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { groupDrawingUrl, isGroupDrawing } from "@ocop-market/ocop"
import { ownProduct } from "../ownership"

/** A product shows at most this many photos. */
export const MAX_PRODUCT_IMAGES = 12

/** Products without a photo show their OCOP group's drawing (see the seed); a real photo replaces it. */
const placeholderFor = (group: string | undefined) =>
  group ? groupDrawingUrl(group, process.env.STOREFRONT_URL) : null

export const isPlaceholder = (url: string | null | undefined) => !url || isGroupDrawing(url)

export const ownImagesStep = createStep(
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
