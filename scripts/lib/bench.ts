/**
 * What the benchmarks share: a stack of their own (temporary data folder, free ports, embedded
 * services, so a running `npm start` is left alone) and percentiles.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { freePort, readConfig, startStack, type StackConfig } from "@ocop-market/stack"

const root = path.resolve(__dirname, "..", "..")

export async function benchStack(extraEnv: NodeJS.ProcessEnv = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-"))
  fs.chmodSync(dataDir, 0o755) // the embedded PostgreSQL runs as `postgres` when run as root
  const [backend, storefront, postgres, meilisearch] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ])
  const config: StackConfig = readConfig(root, {
    ...process.env,
    DATABASE_URL: "",
    MEILISEARCH_HOST: "",
    ...extraEnv,
    OCOP_DATA_DIR: dataDir,
    PORT: String(backend),
    STOREFRONT_PORT: String(storefront),
    OCOP_POSTGRES_PORT: String(postgres),
    OCOP_MEILISEARCH_PORT: String(meilisearch),
  })
  const stack = await startStack(config, (step, detail) => console.log(`  · ${step}: ${detail ?? ""}`))
  return {
    ...stack,
    config,
    // 127.0.0.1: "localhost" may resolve to ::1 first
    backendDirect: `http://127.0.0.1:${backend}`,
    storefrontDirect: `http://127.0.0.1:${storefront}`,
    async stop() {
      await stack.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!
}

export const ms = (n: number) => `${n.toFixed(1)} ms`
