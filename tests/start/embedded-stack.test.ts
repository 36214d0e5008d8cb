/**
 * `npm start` on a machine with nothing configured: embedded PostgreSQL, the bundled Meilisearch,
 * the backend and the storefront come up, answer, and all stop on Ctrl-C.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { canConnect, freePort } from "@ocop-market/stack"
import { cleanEnv, npmStart, processesUsing, type StartRun } from "../support/npm-start"

let run: StartRun | undefined
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-start-"))
fs.chmodSync(dataDir, 0o755)

afterAll(async () => {
  if (run && run.child.exitCode === null) {
    run.interrupt()
    await run.exited
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe("npm start with embedded defaults", () => {
  it("brings up the shop, serves it, and leaves nothing running after Ctrl-C", { timeout: 400_000 }, async () => {
    const [backend, storefront, postgres, meilisearch] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
      freePort(),
    ])
    run = npmStart(
      cleanEnv({
        OCOP_DATA_DIR: dataDir,
        PORT: String(backend),
        STOREFRONT_PORT: String(storefront),
        OCOP_POSTGRES_PORT: String(postgres),
        OCOP_MEILISEARCH_PORT: String(meilisearch),
      }),
    )
    await run.waitForOutput("Sẵn sàng / ready", 360_000)
    expect(run.output()).toContain("PostgreSQL        embedded")
    expect(run.output()).toContain("Meilisearch       bundled")

    const health = await fetch(`http://127.0.0.1:${backend}/health`)
    expect(await health.text()).toBe("OK")
    const home = await fetch(`http://127.0.0.1:${storefront}/`)
    expect(home.status).toBe(200)
    const html = await home.text()
    expect(html).toContain("Sản phẩm OCOP")
    expect(html).toMatch(/\d{2,3}\.000\u00a0₫/) // products with VND prices
    const meili = await fetch(`http://127.0.0.1:${meilisearch}/health`)
    expect(await meili.json()).toEqual({ status: "available" })
    expect(processesUsing(dataDir).length).toBeGreaterThanOrEqual(2) // postgres + meilisearch

    // Ctrl-C delivered twice (terminal and npm both pass it on): still an orderly stop.
    run.interrupt()
    await new Promise((r) => setTimeout(r, 200))
    run.interrupt()
    expect(await run.exited).toBe(130)
    for (const port of [backend, storefront, postgres, meilisearch]) {
      expect(await canConnect("127.0.0.1", port, 500), `port ${port} still open`).toBe(false)
    }
    expect(processesUsing(dataDir)).toEqual([])
  })
})
