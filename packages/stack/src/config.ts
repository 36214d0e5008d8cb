import { vietQrSettings } from "@ocop-market/medusa-payment-vietqr"
import { vnpaySettings } from "@ocop-market/medusa-payment-vnpay"
import crypto from "node:crypto"
import os from "node:os"
import path from "node:path"
import { SetupError } from "./errors"

/** Everything `npm start` reads from the environment, checked, with its defaults. */
export type StackConfig = {
  root: string
  dataDir: string
  logDir: string
  databaseUrl?: string
  meilisearchHost?: string
  meilisearchApiKey?: string
  redisUrl?: string
  /**
   * Backend processes: 0 servers = one process that does everything (Medusa's "shared" mode);
   * N servers = N HTTP processes on one port plus `workers` background processes, through Redis.
   */
  backend: { servers: number; workers: number }
  ports: { backend: number; storefront: number; postgres: number; meilisearch: number }
  adminEmail: string
  adminPassword: string
  stripeApiKey?: string
  stripeWebhookSecret?: string
  /** Bank transfer by VietQR: its settings (VIETQR_*) for the backend, and whether they are right. */
  vietQr: { env: Record<string, string>; offered: boolean; problem?: string }
  /** VNPay: its settings (VNPAY_*) for the backend, and whether they are right. */
  vnpay: { env: Record<string, string>; offered: boolean; problem?: string }
  jwtSecret?: string
  cookieSecret?: string
  /** Signs the backend's cache notices to the storefront; without it, a fresh one per start. */
  revalidateSecret: string
  dev: boolean
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === "") return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new SetupError(name, `"${raw}" is not a port number (1–65535)`)
  return n
}

/** What one Medusa process needs, so a count this machine cannot hold is refused before starting. */
const MEMORY_PER_BACKEND_PROCESS = 512 * 1024 * 1024

function processCount(env: NodeJS.ProcessEnv, name: string, fallback: number, needs: string): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) throw new SetupError(name, `"${raw}" is not a positive whole number`)
  const most = Math.min(4 * os.availableParallelism(), Math.floor(os.totalmem() / MEMORY_PER_BACKEND_PROCESS))
  if (n > most) {
    throw new SetupError(name, `${n} ${needs} are more than this machine can hold (at most ${most}); choose fewer`)
  }
  return n
}

function nonEmpty(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim()
  return v ? v : undefined
}

export function readConfig(root: string, env: NodeJS.ProcessEnv, { dev = false } = {}): StackConfig {
  const dataDir = path.resolve(root, nonEmpty(env, "OCOP_DATA_DIR") ?? ".data")
  const redisUrl = nonEmpty(env, "REDIS_URL")
  if (redisUrl && !/^rediss?:\/\/[^/]/.test(redisUrl)) {
    throw new SetupError("REDIS_URL", `"${redisUrl}" is not a Redis URL; expected redis://host:6379`)
  }
  const servers = processCount(env, "OCOP_BACKEND_SERVERS", 0, "backend servers")
  const workers = processCount(env, "OCOP_BACKEND_WORKERS", 1, "backend workers")
  if (env.OCOP_BACKEND_WORKERS?.trim() && !servers) {
    throw new SetupError("OCOP_BACKEND_WORKERS", "only counts with OCOP_BACKEND_SERVERS; set that too, or unset this")
  }
  if (servers && !redisUrl) {
    throw new SetupError(
      "OCOP_BACKEND_SERVERS",
      "several backend processes meet through Redis; set REDIS_URL (redis://host:6379) too, or unset this",
    )
  }
  const mode = nonEmpty(env, "MEDUSA_WORKER_MODE")
  if (mode && mode !== "shared") {
    throw new SetupError(
      "MEDUSA_WORKER_MODE",
      redisUrl || servers
        ? "npm start gives each process its mode; unset this and set OCOP_BACKEND_SERVERS for servers and workers"
        : `"${mode}" needs REDIS_URL (servers and workers meet through Redis); unset it for one process`,
    )
  }
  if (dev && servers) throw new SetupError("OCOP_BACKEND_SERVERS", "npm run dev runs one backend process; unset this")
  const adminPassword = nonEmpty(env, "MEDUSA_ADMIN_PASSWORD") ?? "ocop-admin"
  if (adminPassword.length < 8) throw new SetupError("MEDUSA_ADMIN_PASSWORD", "must have at least 8 characters")
  const adminEmail = nonEmpty(env, "MEDUSA_ADMIN_EMAIL") ?? "admin@ocop.local"
  if (!/^[^@\s]+@[^@\s]+$/.test(adminEmail))
    throw new SetupError("MEDUSA_ADMIN_EMAIL", `"${adminEmail}" is not an e-mail address`)
  if (nonEmpty(env, "STRIPE_API_KEY") && !nonEmpty(env, "STRIPE_WEBHOOK_SECRET")) {
    throw new SetupError(
      "STRIPE_WEBHOOK_SECRET",
      "required with STRIPE_API_KEY (Stripe's webhooks are checked with it); set it, or unset STRIPE_API_KEY",
    )
  }
  const config: StackConfig = {
    root,
    dataDir,
    logDir: path.join(dataDir, "logs"),
    databaseUrl: nonEmpty(env, "DATABASE_URL"),
    meilisearchHost: nonEmpty(env, "MEILISEARCH_HOST"),
    meilisearchApiKey: nonEmpty(env, "MEILISEARCH_API_KEY"),
    redisUrl,
    backend: { servers, workers },
    ports: {
      backend: port(env, "PORT", 9000),
      storefront: port(env, "STOREFRONT_PORT", 8000),
      postgres: port(env, "OCOP_POSTGRES_PORT", 54329),
      meilisearch: port(env, "OCOP_MEILISEARCH_PORT", 7700),
    },
    adminEmail,
    adminPassword,
    stripeApiKey: nonEmpty(env, "STRIPE_API_KEY"),
    stripeWebhookSecret: nonEmpty(env, "STRIPE_WEBHOOK_SECRET"),
    vietQr: providerConfig(env, "VIETQR_", vietQrSettings),
    vnpay: providerConfig(env, "VNPAY_", vnpaySettings),
    jwtSecret: nonEmpty(env, "JWT_SECRET"),
    cookieSecret: nonEmpty(env, "COOKIE_SECRET"),
    revalidateSecret: nonEmpty(env, "STOREFRONT_REVALIDATE_SECRET") ?? crypto.randomBytes(32).toString("hex"),
    dev,
  }
  const used = new Map<number, string>()
  for (const [name, p] of Object.entries({
    PORT: config.ports.backend,
    STOREFRONT_PORT: config.ports.storefront,
    ...(config.databaseUrl ? {} : { OCOP_POSTGRES_PORT: config.ports.postgres }),
    ...(config.meilisearchHost ? {} : { OCOP_MEILISEARCH_PORT: config.ports.meilisearch }),
  })) {
    if (used.has(p)) throw new SetupError(name, `port ${p} is also given to ${used.get(p)}`)
    used.set(p, name)
  }
  return config
}

/** A payment provider's settings (by prefix) passed on to the backend; wrong ones switch it off, with the reason. */
function providerConfig(
  env: NodeJS.ProcessEnv,
  prefix: string,
  check: (given: Record<string, string>) => { settings: unknown } | { error: string } | null,
): StackConfig["vietQr"] {
  const given = Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[0].startsWith(prefix) && !!e[1]),
  )
  const checked = check(given)
  return {
    env: given,
    offered: !!checked && "settings" in checked,
    problem: checked && "error" in checked ? checked.error : undefined,
  }
}
