/**
 * Boots the whole stack once for a project of stack tests, on free ports and a fresh database:
 * DATABASE_URL's server when given (a new database, dropped afterwards), otherwise an embedded
 * PostgreSQL in a temporary folder. The same startStack() as `npm start`.
 * - `stack`: the one-machine default, Medusa's in-process modules (this file's default export);
 * - `stack-redis`: the scaled setup (global-setup-redis.ts): Redis modules, 2 servers and 2 workers.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { TestProject } from "vitest/node"
import { dropDatabase, freePort, readConfig, startStack } from "@ocop-market/stack"
import { backendProcesses } from "./processes"
import { startStripeStandin } from "./stripe-standin"
import { startVnpayStandin } from "./vnpay-standin"

const root = fileURLToPath(new URL("../..", import.meta.url))

export type TestStack = {
  backendUrl: string
  storefrontUrl: string
  databaseUrl: string
  meilisearchHost: string
  meilisearchApiKey: string
  publishableKey: string
  adminEmail: string
  adminPassword: string
  /** The local stand-in for Stripe's API (see stripe-standin.ts), and the webhook secret the backend checks. */
  stripeStandinUrl: string
  stripeWebhookSecret: string
  /** Bank transfer (VietQR) is configured: the account notices must be for, and the secret they are signed with. */
  vietQr: { bankBin: string; accountNo: string; accountName: string; webhookSecret: string }
  /** VNPay, configured against a local stand-in of its servers (vnpay-standin.ts). */
  vnpay: { standinUrl: string; tmnCode: string; hashSecret: string }
  uploadsDir: string
  /** Where each process writes its log (backend.log, backend-worker-N.log, …). */
  logDir: string
  /** "one process" (in-process modules) or "scaled" (Redis, servers and workers). */
  setup: "one process" | "scaled"
  /** The scaled setup's Redis; `ownRedis` when the tests started it (a test may stop it then). */
  redisUrl?: string
  ownRedis?: boolean
  /** Signs the backend's cache notices to the storefront (a test sends its own, good and bad). */
  revalidateSecret: string
}

declare module "vitest" {
  export interface ProvidedContext {
    stack: TestStack
  }
}

export default function setup(project: TestProject) {
  // a REDIS_URL in the caller's environment is for the scaled project, not this one
  return bootStack(project, { REDIS_URL: "" }, "one process")
}

export async function bootStack(
  project: TestProject,
  extraEnv: NodeJS.ProcessEnv,
  setupName: TestStack["setup"],
  { afterStop, ownRedis }: { afterStop?: () => Promise<void>; ownRedis?: boolean } = {},
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-test-"))
  fs.chmodSync(dataDir, 0o755) // the embedded PostgreSQL runs as `postgres` when tests run as root
  const [backend, storefront, postgres, meilisearch] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ])
  const given = process.env.DATABASE_URL
  let databaseUrl: string | undefined
  if (given) {
    const url = new URL(given)
    url.pathname = `/ocop_test_${Date.now()}_${crypto.randomBytes(3).toString("hex")}`
    databaseUrl = url.toString()
  }
  // Stripe is configured against a local stand-in of its API (these machines cannot reach Stripe).
  const stripe = await startStripeStandin()
  const stripeWebhookSecret = `whsec_test_${crypto.randomBytes(16).toString("hex")}`
  process.env.STRIPE_API_BASE = stripe.url
  // Bank transfer by VietQR: a made-up account (no bank is reached; notices are sent by the tests).
  const vietQr = {
    bankBin: "970436",
    accountNo: "1023456789",
    accountName: "HTX NONG SAN OCOP THANH HOA",
    webhookSecret: crypto.randomBytes(24).toString("hex"),
  }
  // VNPay against a local stand-in (these machines cannot reach VNPay), which calls this backend's IPN
  const vnpay = { tmnCode: "OCOPTEST", hashSecret: crypto.randomBytes(16).toString("hex").toUpperCase() }
  const vnpayStandin = await startVnpayStandin({
    tmnCode: vnpay.tmnCode,
    secret: vnpay.hashSecret,
    ipnUrl: () => `http://127.0.0.1:${backend}/hooks/vnpay/ipn`,
  })
  // unpaid transfers are looked for every 3 s here, not every 10 minutes
  process.env.OCOP_TRANSFER_EXPIRY_SCHEDULE = "*/3 * * * * *"
  const env = {
    ...process.env,
    VIETQR_BANK_BIN: vietQr.bankBin,
    VIETQR_ACCOUNT_NO: vietQr.accountNo,
    VIETQR_ACCOUNT_NAME: vietQr.accountName,
    VIETQR_WEBHOOK_SECRET: vietQr.webhookSecret,
    VNPAY_TMN_CODE: vnpay.tmnCode,
    VNPAY_HASH_SECRET: vnpay.hashSecret,
    VNPAY_URL: vnpayStandin.url,
    STRIPE_API_KEY: "sk_test_ocop_standin",
    STRIPE_WEBHOOK_SECRET: stripeWebhookSecret,
    OCOP_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? "",
    PORT: String(backend),
    STOREFRONT_PORT: String(storefront),
    OCOP_POSTGRES_PORT: String(postgres),
    OCOP_MEILISEARCH_PORT: String(meilisearch),
    ...extraEnv,
  }
  // The product index also on Medusa's Postgres provider: search-parity.test.ts runs one suite on both.
  process.env.SEARCH_POSTGRES_INDEX = "true"
  const config = readConfig(root, env)
  const t0 = Date.now()
  const stack = await startStack(config, (step, detail) =>
    console.log(`[stack ${((Date.now() - t0) / 1000).toFixed(0)} s] ${step}: ${detail ?? ""}`),
  )
  project.provide("stack", {
    // 127.0.0.1: "localhost" may resolve to ::1 first
    backendUrl: `http://127.0.0.1:${backend}`,
    storefrontUrl: `http://127.0.0.1:${storefront}`,
    databaseUrl: stack.databaseUrl,
    meilisearchHost: stack.meilisearchHost,
    meilisearchApiKey: stack.meilisearchApiKey,
    publishableKey: stack.publishableKey,
    adminEmail: config.adminEmail,
    adminPassword: config.adminPassword,
    stripeStandinUrl: stripe.url,
    stripeWebhookSecret,
    vietQr,
    vnpay: { ...vnpay, standinUrl: vnpayStandin.url },
    // where the backend's file provider keeps uploaded photos (packages/stack: UPLOADS_DIR)
    uploadsDir: path.join(dataDir, "uploads"),
    logDir: config.logDir,
    setup: setupName,
    redisUrl: config.redisUrl,
    ownRedis,
    revalidateSecret: config.revalidateSecret,
  })
  return async () => {
    await stack.stop()
    // a process a test started again in place of one it stopped (tests/scale) is not the stack's
    const { primary, servers, workers } = backendProcesses(stack.databaseUrl)
    for (const p of [primary, ...servers, ...workers]) {
      try {
        if (p) process.kill(p.pid, "SIGKILL")
      } catch {
        // ended meanwhile
      }
    }
    await afterStop?.()
    await stripe.close()
    await vnpayStandin.close()
    if (databaseUrl) await dropDatabase(databaseUrl).catch(() => undefined)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
