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
  ports: { backend: number; storefront: number; postgres: number; meilisearch: number }
  adminEmail: string
  adminPassword: string
  stripeApiKey?: string
  stripeWebhookSecret?: string
  jwtSecret?: string
  cookieSecret?: string
  dev: boolean
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === "") return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new SetupError(name, `"${raw}" is not a port number (1–65535)`)
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
  const adminPassword = nonEmpty(env, "MEDUSA_ADMIN_PASSWORD") ?? "ocop-admin"
  if (adminPassword.length < 8) throw new SetupError("MEDUSA_ADMIN_PASSWORD", "must have at least 8 characters")
  const adminEmail = nonEmpty(env, "MEDUSA_ADMIN_EMAIL") ?? "admin@ocop.local"
  if (!/^[^@\s]+@[^@\s]+$/.test(adminEmail))
    throw new SetupError("MEDUSA_ADMIN_EMAIL", `"${adminEmail}" is not an e-mail address`)
  const config: StackConfig = {
    root,
    dataDir,
    logDir: path.join(dataDir, "logs"),
    databaseUrl: nonEmpty(env, "DATABASE_URL"),
    meilisearchHost: nonEmpty(env, "MEILISEARCH_HOST"),
    meilisearchApiKey: nonEmpty(env, "MEILISEARCH_API_KEY"),
    redisUrl,
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
    jwtSecret: nonEmpty(env, "JWT_SECRET"),
    cookieSecret: nonEmpty(env, "COOKIE_SECRET"),
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
