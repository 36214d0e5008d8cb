/**
 * Medusa's Search Module reindex of one index (a fresh version built from the database, swapped in
 * when complete), followed with a progress bar: used by `npm run reindex` and by `bench:search`.
 */
import cliProgress from "cli-progress"

export type Admin = <T>(p: string, init?: { method?: string; body?: unknown }) => Promise<T>

export async function reindexWithProgress({
  admin,
  index,
  total,
  built,
  timeoutS = Math.max(600, total / 50),
}: {
  admin: Admin
  /** The index's name in the Search Module (product, product_pg). */
  index: string
  /** Products in the database, which the new version will hold when done. */
  total: number
  /** Documents in the version being built so far (0 until it exists). */
  built: () => Promise<number>
  timeoutS?: number
}): Promise<{ seconds: number; documentsPerSecond: number }> {
  const t0 = performance.now()
  await admin(`/admin/search-indexes/${index}/reindex`, { method: "POST", body: {} })
  const bar = new cliProgress.SingleBar(
    {
      format: `  Lập chỉ mục / indexing ${index}: [{bar}] {value}/{total} sản phẩm / products  {speed}/s`,
      noTTYOutput: true,
      notTTYSchedule: 2000,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total, 0, { speed: 0 })
  try {
    while (true) {
      await new Promise((r) => setTimeout(r, 500))
      const docs = await built()
      const s = (performance.now() - t0) / 1000
      bar.update(Math.min(docs, total), { speed: Math.round(docs / Math.max(s, 0.001)) })
      const { search_indexes } = await admin<{ search_indexes: { name: string; status: string }[] }>(
        "/admin/search-indexes",
      )
      const status = search_indexes.find((i) => i.name === index)?.status
      if (status === "ready" && docs >= total) break
      if (status === "error")
        throw new Error(`the reindex of ${index} failed; see the backend log (logs/backend.log in the data folder)`)
      if (s > timeoutS) throw new Error(`the reindex of ${index} did not finish within ${Math.round(timeoutS)} s`)
    }
  } finally {
    bar.stop()
  }
  const seconds = (performance.now() - t0) / 1000
  return { seconds, documentsPerSecond: total / seconds }
}
