/**
 * A broken setting ends `npm start` at once with one line naming the setting and what to do,
 * exit code 1, and nothing left running.
 */
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { freePort } from "@ocop-market/stack"
import { cleanEnv, npmStart, processesUsing } from "../support/npm-start"

async function startFails(extra: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bad-"))
  fs.chmodSync(dataDir, 0o755)
  try {
    const run = npmStart(
      cleanEnv({
        OCOP_DATA_DIR: dataDir,
        PORT: String(await freePort()),
        STOREFRONT_PORT: String(await freePort()),
        ...extra,
      }),
    )
    const code = await run.exited
    const errorLine =
      run
        .output()
        .split("\n")
        .find((l) => l.startsWith("Không khởi động được / cannot start:")) ?? ""
    expect(processesUsing(dataDir), "nothing started for this run is left running").toEqual([])
    return { code, errorLine, output: run.output() }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

describe("npm start with a broken setting", () => {
  it("a malformed DATABASE_URL", async () => {
    const r = await startFails({ DATABASE_URL: "localhost:5432/ocop" })
    expect(r.code).toBe(1)
    expect(r.errorLine).toMatch(/DATABASE_URL: .* postgres:\/\//)
  })

  it("a DATABASE_URL nobody answers", async () => {
    const r = await startFails({ DATABASE_URL: `postgres://postgres:x@127.0.0.1:${await freePort()}/ocop` })
    expect(r.code).toBe(1)
    expect(r.errorLine).toMatch(/DATABASE_URL: cannot connect to PostgreSQL at 127\.0\.0\.1:\d+/)
  })

  it("an unreachable MEILISEARCH_HOST", async () => {
    const r = await startFails({
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      MEILISEARCH_HOST: `http://127.0.0.1:${await freePort()}`,
      // no embedded PostgreSQL needed to get here when DATABASE_URL is given; otherwise it starts and stops
      OCOP_POSTGRES_PORT: String(await freePort()),
    })
    expect(r.code).toBe(1)
    expect(r.errorLine).toMatch(/MEILISEARCH_HOST: no Meilisearch answers at http:\/\/127\.0\.0\.1:\d+/)
  }, 120_000)

  it("a port already in use", async () => {
    const busy = net.createServer().listen(0)
    await new Promise((r) => busy.once("listening", r))
    const port = (busy.address() as net.AddressInfo).port
    try {
      const r = await startFails({ PORT: String(port) })
      expect(r.code).toBe(1)
      expect(r.errorLine).toContain(`PORT: port ${port} is already in use`)
    } finally {
      busy.close()
    }
  })

  it("a port that is not a number", async () => {
    const r = await startFails({ STOREFRONT_PORT: "eighty" })
    expect(r.code).toBe(1)
    expect(r.errorLine).toContain('STOREFRONT_PORT: "eighty" is not a port number')
  })

  it("a data folder that cannot be written", async () => {
    // Under a file: not writable even for root (a read-only folder would be writable for root).
    const file = path.join(os.tmpdir(), `ocop-not-a-folder-${process.pid}`)
    fs.writeFileSync(file, "")
    try {
      const r = await startFails({ OCOP_DATA_DIR: `${file}/data` })
      expect(r.code).toBe(1)
      expect(r.errorLine).toContain(`OCOP_DATA_DIR: ${file}/data is not writable`)
    } finally {
      fs.rmSync(file)
    }
  })

  it("a REDIS_URL that is not a URL", async () => {
    const r = await startFails({ REDIS_URL: "127.0.0.1:6379" })
    expect(r.code).toBe(1)
    expect(r.errorLine).toContain("REDIS_URL:")
  })

  it("a REDIS_URL nobody answers", async () => {
    const r = await startFails({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` })
    expect(r.code).toBe(1)
    expect(r.errorLine).toMatch(/REDIS_URL: no Redis answers at 127\.0\.0\.1:\d+/)
    expect(r.output, "Redis is checked before anything starts").not.toContain("PostgreSQL")
  })

  it.each([
    ["not a number", { OCOP_BACKEND_SERVERS: "two", REDIS_URL: "redis://127.0.0.1:6379" }, /"two" is not a positive/],
    ["zero", { OCOP_BACKEND_SERVERS: "0", REDIS_URL: "redis://127.0.0.1:6379" }, /"0" is not a positive/],
    [
      "more than this machine holds",
      { OCOP_BACKEND_SERVERS: "999", REDIS_URL: "redis://127.0.0.1:6379" },
      /999 backend servers are more than this machine can hold \(at most \d+\)/,
    ],
    ["without Redis", { OCOP_BACKEND_SERVERS: "2" }, /several backend processes meet through Redis; set REDIS_URL/],
  ])("OCOP_BACKEND_SERVERS %s", async (_, env, message) => {
    const r = await startFails(env)
    expect(r.code).toBe(1)
    expect(r.errorLine).toContain("OCOP_BACKEND_SERVERS:")
    expect(r.errorLine).toMatch(message)
  })

  it("worker mode without Redis", async () => {
    const r = await startFails({ MEDUSA_WORKER_MODE: "worker" })
    expect(r.code).toBe(1)
    expect(r.errorLine).toMatch(/MEDUSA_WORKER_MODE: "worker" needs REDIS_URL/)
  })

  it("a Stripe key without its webhook secret", async () => {
    const r = await startFails({ STRIPE_API_KEY: "sk_test_x" })
    expect(r.code).toBe(1)
    expect(r.errorLine).toContain("STRIPE_WEBHOOK_SECRET: required with STRIPE_API_KEY")
  })
})
