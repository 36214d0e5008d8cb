/**
 * The workers stopped while products change, in the scaled setup (stack-redis): the servers go on
 * answering and accepting changes; the index cannot follow while no worker runs; once the workers
 * are started again every change reaches it from the Redis event queue, and
 * `npm run reindex -- --check` finds no document that differs from the database.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import Medusa from "@medusajs/js-sdk"
import { describe, expect, inject, it } from "vitest"
import { backendProcesses, type BackendProcess } from "../support/processes"
import { reindexCli } from "../support/reindex"

const stack = inject("stack")
const admin = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

async function searchTitles(q: string): Promise<string[]> {
  const res = await fetch(`${stack.backendUrl}/store/search`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
    body: JSON.stringify({ entity: "product", filters: { q }, pagination: { take: 5 } }),
  })
  const json = (await res.json()) as { results: { hits: { document: { title: string } }[] }[] }
  return json.results[0]!.hits.map((h) => h.document.title)
}

/** Starts a worker again as the stack had started it: same program, folder, environment and log. */
function startAgain(worker: BackendProcess, n: number) {
  const log = fs.openSync(path.join(stack.logDir, `backend-worker-${n}.log`), "a")
  const child = spawn(worker.argv[0]!, worker.argv.slice(1), {
    cwd: worker.cwd,
    env: worker.env,
    detached: true,
    stdio: ["ignore", log, log],
  })
  fs.closeSync(log)
  // left running for the files after this one; the global teardown ends every process of the stack
  child.unref()
}

describe("the workers stopped while products change", () => {
  it("catch up with every change once started again", async () => {
    expect(stack.setup).toBe("scaled")
    await admin.auth.login("user", "emailpass", { email: stack.adminEmail, password: stack.adminPassword })
    const workers = backendProcesses(stack.databaseUrl).workers
    expect(workers.length).toBeGreaterThanOrEqual(1)
    for (const w of workers) process.kill(w.pid, "SIGTERM")
    await expect.poll(() => backendProcesses(stack.databaseUrl).workers.length, { timeout: 30_000 }).toBe(0)

    // changes made while no worker runs: the servers still take them
    const { products } = await admin.admin.product.list({ limit: 3, order: "created_at", fields: "id,title" })
    const renamed = products.map((p, i) => ({ id: p.id, title: `${p.title} – mùa vụ ${2027 + i}` }))
    for (const p of renamed) await admin.admin.product.update(p.id, { title: p.title })
    await new Promise((r) => setTimeout(r, 3000))
    const found = async (title: string) => (await searchTitles(title)).includes(title)
    expect(await found(renamed[0]!.title), "no worker: the index cannot have followed").toBe(false)

    workers.forEach((w, i) => startAgain(w, i + 1))
    for (const p of renamed) {
      await expect.poll(() => found(p.title), { timeout: 120_000, interval: 1000 }).toBe(true)
    }

    let check = await reindexCli(stack, ["--check"])
    for (let i = 0; i < 10 && check.code !== 0; i++) {
      await new Promise((r) => setTimeout(r, 1500))
      check = await reindexCli(stack, ["--check"])
    }
    expect(check.out).toMatch(/0 khác biệt \/ differences/)
    expect(check.code).toBe(0)
    // put the titles back for the files after this one
    for (const p of products) await admin.admin.product.update(p.id, { title: p.title })
  }, 240_000)
})
