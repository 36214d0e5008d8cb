/**
 * `npm run reindex` rebuilds the product index into a fresh Meilisearch index with a progress bar;
 * `npm run reindex -- --check` reports documents that differ from the database (here: one changed
 * behind Medusa's back, as a lost event would leave it) and the rebuild repairs it.
 */
import { describe, expect, inject, it } from "vitest"
import { reindexCli } from "../support/reindex"

const stack = inject("stack")

const run = (args: string[]) => reindexCli(stack, args)

const meili = (path: string, init?: RequestInit) =>
  fetch(stack.meilisearchHost + path, {
    ...init,
    headers: { authorization: `Bearer ${stack.meilisearchApiKey}`, "content-type": "application/json" },
  })

describe("npm run reindex", () => {
  it("finds a document that drifted from the database, and the rebuild repairs it", async () => {
    // Changes made by the test files before this one reach the index within seconds.
    let clean = await run(["--check"])
    for (let i = 0; i < 10 && clean.code !== 0; i++) {
      await new Promise((r) => setTimeout(r, 1500))
      clean = await run(["--check"])
    }
    expect(clean.out).toMatch(/0 khác biệt \/ differences/)
    expect(clean.code).toBe(0)

    // A change that never reached the index (as with Meilisearch down when it happened).
    const { results } = (await (await meili("/indexes?limit=100")).json()) as { results: { uid: string }[] }
    const index = results
      .map((r) => r.uid)
      .filter((u) => /^product_v\d+$/.test(u))
      .sort()
      .at(-1)!
    const { results: docs } = (await (await meili(`/indexes/${index}/documents?limit=1&fields=id,title`)).json()) as {
      results: { id: string; title: string }[]
    }
    const task = (await (
      await meili(`/indexes/${index}/documents`, {
        method: "PUT",
        body: JSON.stringify([{ id: docs[0]!.id, title: "Tên cũ" }]),
      })
    ).json()) as { taskUid: number }
    await meili(`/tasks/${task.taskUid}`)
    for (let i = 0; i < 40; i++) {
      const t = (await (await meili(`/tasks/${task.taskUid}`)).json()) as { status: string }
      if (t.status === "succeeded") break
      await new Promise((r) => setTimeout(r, 100))
    }

    const drift = await run(["--check"])
    expect(drift.code).toBe(1)
    expect(drift.out).toContain(`khác / differs   ${docs[0]!.id}`)
    expect(drift.out).toMatch(/title "Tên cũ" ≠ /)

    const rebuild = await run([])
    expect(rebuild.code).toBe(0)
    expect(rebuild.out).toMatch(/Xong \/ done: \d+ sản phẩm \/ products into product_v\d+ .* documents\/s/)
    expect(rebuild.out).toMatch(/\d+\/\d+ sản phẩm \/ products/) // the progress bar

    const after = await run(["--check"])
    expect(after.out).toMatch(/0 khác biệt \/ differences/)
  }, 120_000)
})
