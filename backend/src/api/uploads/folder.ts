import path from "node:path"

/** Where Medusa's local file provider writes producers' photos (`npm start`: the data folder). */
export const uploadsDir = () => path.resolve(process.env.UPLOADS_DIR || "uploads")

/** Photo types the portal accepts (image-size's names, which are also the stored files' extensions). */
export const PHOTO_TYPES: Record<string, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp" }
