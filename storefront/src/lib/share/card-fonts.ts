import { readFile } from "node:fs/promises"
import path from "node:path"

/**
 * Be Vietnam Pro from npm (@fontsource/be-vietnam-pro), for the share cards drawn on the server:
 * its Latin and Vietnamese subsets, regular and bold — nothing fetched at run time.
 */
const FILES = ["latin-400", "vietnamese-400", "latin-700", "vietnamese-700"] as const

/** The package's folder: in the storefront's node_modules, or the workspace's. */
async function fontDir(): Promise<string> {
  const tried = [process.cwd(), path.join(process.cwd(), ".."), path.join(process.cwd(), "storefront")].map((d) =>
    path.join(d, "node_modules/@fontsource/be-vietnam-pro/files"),
  )
  for (const dir of tried) {
    const found = await readFile(path.join(dir, "be-vietnam-pro-latin-400-normal.woff")).then(
      () => true,
      () => false,
    )
    if (found) return dir
  }
  throw new Error(`@fontsource/be-vietnam-pro not found (looked in ${tried.join(", ")})`)
}

export type CardFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" }

let loading: Promise<CardFont[]> | undefined

export function cardFonts(): Promise<CardFont[]> {
  loading ??= fontDir().then((dir) =>
    Promise.all(
      FILES.map(async (file) => {
        const buffer = await readFile(path.join(dir, `be-vietnam-pro-${file}-normal.woff`))
        return {
          // one name per subset: Satori falls back across fonts for a missing glyph, not within a name
          name: file.startsWith("vietnamese") ? "Be Vietnam Pro Vietnamese" : "Be Vietnam Pro",
          data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
          weight: Number(file.split("-")[1]) as 400 | 700,
          style: "normal" as const,
        }
      }),
    ),
  )
  return loading
}
