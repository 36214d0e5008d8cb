import { readFile } from "node:fs/promises"
import path from "node:path"

/**
 * Be Vietnam Pro from npm (@expo-google-fonts/be-vietnam-pro: Google Fonts' whole files), for the
 * share cards drawn on the server, regular and bold — nothing fetched at run time. Whole fonts, not
 * subsets: Satori measured a word that mixed a Latin and a Vietnamese subset ("Hoằng") with the
 * wrong font and left a gap after it.
 */
const FILES = [
  { file: "400Regular/BeVietnamPro_400Regular.ttf", weight: 400 },
  { file: "700Bold/BeVietnamPro_700Bold.ttf", weight: 700 },
] as const

/** The package's folder: in the storefront's node_modules, or the workspace's. */
async function fontDir(): Promise<string> {
  const tried = [process.cwd(), path.join(process.cwd(), ".."), path.join(process.cwd(), "storefront")].map((d) =>
    path.join(d, "node_modules/@expo-google-fonts/be-vietnam-pro"),
  )
  for (const dir of tried) {
    const found = await readFile(path.join(dir, FILES[0].file)).then(
      () => true,
      () => false,
    )
    if (found) return dir
  }
  throw new Error(`@expo-google-fonts/be-vietnam-pro not found (looked in ${tried.join(", ")})`)
}

export type CardFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" }

let loading: Promise<CardFont[]> | undefined

export function cardFonts(): Promise<CardFont[]> {
  loading ??= fontDir().then((dir) =>
    Promise.all(
      FILES.map(async ({ file, weight }) => {
        const buffer = await readFile(path.join(dir, file))
        return {
          name: "Be Vietnam Pro",
          data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
          weight,
          style: "normal" as const,
        }
      }),
    ),
  )
  return loading
}
