import fs from "node:fs"
import path from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PHOTO_TYPES, uploadsDir } from "../folder"

/**
 * A producer's photo, as the local file provider stored it. Only plain file names of the accepted
 * types, from the uploads folder alone; names are unique (the provider prefixes a timestamp), so
 * they may be cached for good.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const name = String(req.params.file ?? "")
  const ext = path.extname(name).slice(1).toLowerCase()
  const type = Object.hasOwn(PHOTO_TYPES, ext) ? PHOTO_TYPES[ext] : undefined
  const file = path.join(uploadsDir(), name)
  if (!type || name !== path.basename(name) || name.startsWith(".") || !fs.existsSync(file)) {
    res.status(404).json({ type: "not_found", message: "file: no such photo" })
    return
  }
  res.setHeader("content-type", type)
  res.setHeader("cache-control", "public, max-age=31536000, immutable")
  res.setHeader("x-content-type-options", "nosniff")
  fs.createReadStream(file).pipe(res)
}
