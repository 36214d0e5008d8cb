import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { imageSize } from "image-size"
import multer from "multer"
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

/**
 * Reads the file's own bytes (not its name or the browser's claimed type): anything that is not a
 * JPEG, PNG or WebP picture of a sensible size is refused with a message naming the file.
 */
export function checkProductImage(file: { originalname: string; buffer: Buffer }): UploadedImage | string {
  let size: ReturnType<typeof imageSize> | undefined
  try {
    size = imageSize(file.buffer)
  } catch {
    size = undefined
  }
  const mimeType = size?.type ? IMAGE_RULES.types[size.type] : undefined
  if (!size || !mimeType) return `files: "${file.originalname}" is not a JPEG, PNG or WebP image`
  const { width = 0, height = 0 } = size
  if (Math.min(width, height) < IMAGE_RULES.minSide)
    return `files: "${file.originalname}" is ${width}×${height} px; at least ${IMAGE_RULES.minSide} px on each side`
  if (Math.max(width, height) > IMAGE_RULES.maxSide)
    return `files: "${file.originalname}" is ${width}×${height} px; at most ${IMAGE_RULES.maxSide} px on a side`
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

const tooMuch: Record<string, string> = {
  LIMIT_FILE_SIZE: `files: a file is over ${IMAGE_RULES.maxBytes / 1024 / 1024} MB`,
  LIMIT_FILE_COUNT: `files: at most ${IMAGE_RULES.maxFiles} images at a time`,
  LIMIT_UNEXPECTED_FILE: 'files: send the images in the form field "files"',
}

/**
 * Multipart parsing for the portal's image upload, kept in memory (Medusa's file workflow takes
 * the content) and checked before any workflow runs: a bad file means nothing is stored.
 */
export function productImageUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parse(req as never, res as never, (err: unknown) => {
    if (err instanceof multer.MulterError) {
      res.status(400).json({ type: "invalid_data", message: tooMuch[err.code] ?? `files: ${err.message}` })
      return
    }
    if (err) return next(err)
    const files = (req as unknown as { files?: { originalname: string; buffer: Buffer }[] }).files ?? []
    if (!files.length) {
      res.status(400).json({ type: "invalid_data", message: 'files: choose at least one image (form field "files")' })
      return
    }
    const checked = files.map(checkProductImage)
    const refused = checked.find((c): c is string => typeof c === "string")
    if (refused) {
      res.status(400).json({ type: "invalid_data", message: refused })
      return
    }
    ;(req as unknown as { images: UploadedImage[] }).images = checked as UploadedImage[]
    next()
  })
}
