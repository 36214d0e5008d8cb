import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { imageSize } from "image-size"
import multer from "multer"
import { MedusaError } from "@medusajs/framework/utils"
import type { ErrorCode } from "@ocop-market/ocop"
import { refuse, type OcopError } from "../../errors"
import { PHOTO_TYPES } from "../uploads/folder"

/** What a product photo from a producer may be: a real JPEG, PNG or WebP, not too big, not a thumbnail-sized scrap. */
export const IMAGE_RULES = {
  maxBytes: 5 * 1024 * 1024,
  maxFiles: 6,
  minSide: 200,
  maxSide: 8000,
  types: PHOTO_TYPES,
}

export type UploadedImage = { filename: string; mimeType: string; content: string }

const photoRefusal = (code: ErrorCode, params: Record<string, string | number>, message: string) =>
  refuse(MedusaError.Types.INVALID_DATA, code, { field: "files", params, message: `files: ${message}` })

/**
 * Reads the file's own bytes (not its name or the browser's claimed type): anything that is not a
 * JPEG, PNG or WebP picture of a sensible size is refused, naming the file.
 */
export function checkProductImage(file: { originalname: string; buffer: Buffer }): UploadedImage | OcopError {
  let size: ReturnType<typeof imageSize> | undefined
  try {
    size = imageSize(file.buffer)
  } catch {
    size = undefined
  }
  const mimeType = size?.type ? IMAGE_RULES.types[size.type] : undefined
  const name = file.originalname
  if (!size || !mimeType)
    return photoRefusal("photo_not_image", { file: name }, `"${name}" is not a JPEG, PNG or WebP image`)
  const { width = 0, height = 0 } = size
  if (Math.min(width, height) < IMAGE_RULES.minSide)
    return photoRefusal(
      "photo_too_small",
      { file: name, width, height, min: IMAGE_RULES.minSide },
      `"${name}" is ${width}×${height} px; at least ${IMAGE_RULES.minSide} px on each side`,
    )
  if (Math.max(width, height) > IMAGE_RULES.maxSide)
    return photoRefusal(
      "photo_too_large",
      { file: name, width, height, max: IMAGE_RULES.maxSide },
      `"${name}" is ${width}×${height} px; at most ${IMAGE_RULES.maxSide} px on a side`,
    )
  const base =
    file.originalname
      .replace(/\.[^.]*$/, "")
      .replace(/[^\p{L}\p{N}_-]+/gu, "-")
      .slice(0, 60) || "anh"
  return { filename: `${base}.${size.type}`, mimeType, content: file.buffer.toString("base64") }
}

const parse = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: IMAGE_RULES.maxBytes, files: IMAGE_RULES.maxFiles, fields: 5 },
}).array("files")

const tooMuch: Record<string, () => OcopError> = {
  LIMIT_FILE_SIZE: () =>
    photoRefusal("photo_too_heavy", { max_mb: IMAGE_RULES.maxBytes / 1024 / 1024 }, "a file is over 5 MB"),
  LIMIT_FILE_COUNT: () =>
    photoRefusal(
      "photos_too_many_at_once",
      { max: IMAGE_RULES.maxFiles },
      `at most ${IMAGE_RULES.maxFiles} images at a time`,
    ),
}

/**
 * Multipart parsing for the portal's image upload, kept in memory (Medusa's file workflow takes
 * the content) and checked before any workflow runs: a bad file means nothing is stored.
 */
export function productImageUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parse(req as never, res as never, (err: unknown) => {
    if (err instanceof multer.MulterError)
      return next(tooMuch[err.code]?.() ?? photoRefusal("invalid", {}, `${err.message} (send the images as "files")`))
    if (err) return next(err)
    const files = (req as unknown as { files?: { originalname: string; buffer: Buffer }[] }).files ?? []
    if (!files.length)
      return next(photoRefusal("photos_required", {}, 'choose at least one image (form field "files")'))
    const checked = files.map(checkProductImage)
    const refused = checked.find((c): c is OcopError => !("content" in c))
    if (refused) return next(refused)
    ;(req as unknown as { images: UploadedImage[] }).images = checked as UploadedImage[]
    next()
  })
}
