import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import {
  backendBuildHash,
  backendPaths,
  buildBackend,
  isSeeded,
  migrateBackend,
  publishableKey,
  seedBackend,
  startBackend,
  startBackendServers,
  waitForProductSearch,
} from "./backend"
import type { StackConfig } from "./config"
import { SetupError } from "./errors"
import { checkExternalMeilisearch, startBundledMeilisearch } from "./meilisearch"
import { assertPortFree, canConnect, freePort } from "./net"
import { checkDatabase, createDatabase, parseDatabaseUrl, startEmbeddedPostgres } from "./postgres"
import { buildStorefront, startStorefront } from "./storefront"

export type RunningStack = {
  backendUrl: string
  storefrontUrl: string
  adminUrl: string
  databaseUrl: string
  meilisearchHost: string
  meilisearchApiKey: string
  publishableKey: string
  /** Process ids of every server this stack started (for measuring memory). */
  pids(): number[]
  stop(): Promise<void>
}

export type Progress = (step: string, detail?: string) => void

const EMBEDDED_DATABASE = "ocop_market"

/** Small facts about this data folder that save work on the next start. */
class LocalState {
  private file: string
  constructor(dataDir: string) {
    this.file = path.join(dataDir, "state.json")
  }
  private read(): Record<string, string> {
    try {
      return JSON.parse(fs.readFileSync(this.file, "utf8"))
    } catch {
      return {}
    }
  }
  get(key: string) {
    return this.read()[key]
  }
  set(key: string, value: string) {
    fs.writeFileSync(this.file, JSON.stringify({ ...this.read(), [key]: value }, null, 2))
  }
}

function redactPassword(url: string) {
  const u = new URL(url)
  u.password = ""
  return u.toString()
}

/** Secrets that must survive restarts (sessions, the Meilisearch key), made once per data folder. */
function localSecrets(dataDir: string) {
  const file = path.join(dataDir, "secrets.json")
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>
  const secrets = {
    jwtSecret: crypto.randomBytes(32).toString("hex"),
    cookieSecret: crypto.randomBytes(32).toString("hex"),
    meilisearchMasterKey: crypto.randomBytes(24).toString("hex"),
  }
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}

/**
 * Brings up the whole shop: PostgreSQL, Meilisearch, the Medusa backend (built, migrated, seeded
 * once) and the storefront. On any failure everything already started is stopped before the error
 * is thrown, so nothing is left running.
 */
export async function startStack(
  config: StackConfig,
  report: Progress = () => undefined,
  signal?: AbortSignal,
): Promise<RunningStack> {
  const progress: Progress = (step, detail) => {
    if (signal?.aborted) throw new Error("interrupted")
    report(step, detail)
  }
  const started: { name: string; stop(): Promise<void>; pid?: number }[] = []
  const stopAll = async () => {
    for (const s of started.reverse()) await s.stop().catch(() => undefined)
    started.length = 0
  }
  try {
    try {
      fs.mkdirSync(config.logDir, { recursive: true })
      fs.accessSync(config.dataDir, fs.constants.W_OK)
    } catch {
      throw new SetupError("OCOP_DATA_DIR", `${config.dataDir} is not writable; choose a folder you can write to`)
    }
    const secrets = localSecrets(config.dataDir)
    // Every port this run will listen on, checked before anything starts.
    await assertPortFree(config.ports.backend, "PORT")
    await assertPortFree(config.ports.storefront, "STOREFRONT_PORT")

    // Redis (optional): checked first, so a wrong REDIS_URL starts nothing
    if (config.redisUrl) {
      const url = new URL(config.redisUrl)
      progress("Redis", `REDIS_URL (${url.host})`)
      if (!(await canConnect(url.hostname, Number(url.port || 6379)))) {
        throw new SetupError(
          "REDIS_URL",
          `no Redis answers at ${url.host}; start it or unset REDIS_URL for in-process modules`,
        )
      }
    } else {
      progress("Redis", "not set: Medusa's in-process event bus, workflow engine, locking and cache")
    }

    // PostgreSQL
    let databaseUrl: string
    if (config.databaseUrl) {
      parseDatabaseUrl(config.databaseUrl)
      progress("PostgreSQL", `DATABASE_URL (${new URL(config.databaseUrl).host})`)
      await checkDatabase(config.databaseUrl)
      await createDatabase(config.databaseUrl)
      databaseUrl = config.databaseUrl
    } else {
      progress(
        "PostgreSQL",
        `embedded, 127.0.0.1:${config.ports.postgres}, data in ${path.join(config.dataDir, "postgres")}`,
      )
      const logFile = path.join(config.logDir, "postgres.log")
      const pg = await startEmbeddedPostgres({
        dataDir: path.join(config.dataDir, "postgres"),
        port: config.ports.postgres,
        log: (line) => fs.appendFileSync(logFile, line.endsWith("\n") ? line : line + "\n"),
        notice: (line) => report("Watchdog", line),
      })
      started.push({ name: "postgres", stop: pg.stop, pid: pg.pid() })
      databaseUrl = pg.databaseUrl(EMBEDDED_DATABASE)
      await createDatabase(databaseUrl)
    }

    // Meilisearch
    let meilisearchHost: string
    let meilisearchApiKey: string | undefined
    if (config.meilisearchHost) {
      progress("Meilisearch", `MEILISEARCH_HOST (${config.meilisearchHost})`)
      await checkExternalMeilisearch(config.meilisearchHost, config.meilisearchApiKey)
      meilisearchHost = config.meilisearchHost
      meilisearchApiKey = config.meilisearchApiKey
    } else {
      progress("Meilisearch", `bundled 1.21.0, 127.0.0.1:${config.ports.meilisearch}`)
      const meili = await startBundledMeilisearch({
        dataDir: path.join(config.dataDir, "meilisearch"),
        port: config.ports.meilisearch,
        masterKey: secrets.meilisearchMasterKey!,
        logFile: path.join(config.logDir, "meilisearch.log"),
        notice: (line) => report("Watchdog", line),
      })
      started.push({ name: "meilisearch", stop: meili.stop, pid: meili.process?.child.pid })
      meilisearchHost = meili.host
      meilisearchApiKey = meili.apiKey
    }

    const sf = `http://localhost:${config.ports.storefront}`
    const be = `http://localhost:${config.ports.backend}`
    const backendEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MEILISEARCH_HOST: meilisearchHost,
      MEILISEARCH_API_KEY: meilisearchApiKey ?? "",
      REDIS_URL: config.redisUrl ?? "",
      JWT_SECRET: config.jwtSecret ?? secrets.jwtSecret,
      COOKIE_SECRET: config.cookieSecret ?? secrets.cookieSecret,
      STORE_CORS: `${sf},http://127.0.0.1:${config.ports.storefront}`,
      // for links from the admin to the shop (campaign previews)
      STOREFRONT_URL: process.env.STOREFRONT_URL || sf,
      ADMIN_CORS: `${be},http://127.0.0.1:${config.ports.backend}`,
      AUTH_CORS: `${sf},${be},http://127.0.0.1:${config.ports.storefront},http://127.0.0.1:${config.ports.backend}`,
      STRIPE_API_KEY: config.stripeApiKey ?? "",
      STRIPE_WEBHOOK_SECRET: config.stripeWebhookSecret ?? "",
      ...config.vietQr.env,
      ...config.vnpay.env,
      MEDUSA_ADMIN_EMAIL: config.adminEmail,
      MEDUSA_ADMIN_PASSWORD: config.adminPassword,
      MEDUSA_DISABLE_TELEMETRY: "true",
      // producers' photos (Medusa's local file provider): kept in the data folder, served at /uploads
      UPLOADS_DIR: process.env.UPLOADS_DIR || path.join(config.dataDir, "uploads"),
      MEDUSA_PUBLIC_URL: process.env.MEDUSA_PUBLIC_URL || be,
      // plain HTTP on this machine: the admin's session cookie cannot be Secure (see medusa-config.ts)
      COOKIE_SECURE: process.env.COOKIE_SECURE ?? "false",
      // what changed, told to the storefront so its cached pages never show a stale price or stock
      STOREFRONT_REVALIDATE_URL: `http://127.0.0.1:${config.ports.storefront}/api/revalidate`,
      STOREFRONT_REVALIDATE_SECRET: config.revalidateSecret,
    }

    // Backend: build (cached), migrate, seed once, start.
    const paths = backendPaths(config.root, config.logDir)
    if (!config.dev) {
      progress("Backend build", "medusa build (skipped when the sources are unchanged)")
      const build = await buildBackend(paths, backendEnv)
      progress("Backend build", build === "built" ? "built" : "up to date")
    }
    // Migrations only change with the code: skip them when this database has run this build's.
    const state = new LocalState(config.dataDir)
    const migrationKey = `migrated:${redactPassword(databaseUrl)}`
    // The set of search indexes is part of what a migration creates.
    const buildHash = backendBuildHash(config.root) + (process.env.SEARCH_POSTGRES_INDEX === "true" ? "+pg" : "")
    // Migrations never seed, so one look serves both decisions (false on an empty database too).
    if (config.vietQr.problem) progress("Payments", `bank transfer (VietQR) not offered: ${config.vietQr.problem}`)
    if (config.vnpay.problem) progress("Payments", `VNPay not offered: ${config.vnpay.problem}`)
    const seeded = await isSeeded(databaseUrl, {
      stripe: !!config.stripeApiKey,
      vietQr: config.vietQr.offered,
      vnpay: config.vnpay.offered,
    })
    if (!config.dev && state.get(migrationKey) === buildHash && seeded) {
      progress("Database", "migrations up to date")
    } else {
      progress("Database", "medusa db:migrate")
      await migrateBackend(config.dev ? { ...paths, serverDir: paths.backendDir } : paths, backendEnv)
      state.set(migrationKey, buildHash)
    }
    if (seeded) {
      progress("Seed", "already seeded: reusing the data")
    } else {
      progress("Seed", "region Việt Nam, VND, shipping, payments, admin, 69-product sample catalogue")
      await seedBackend(config.dev ? { ...paths, serverDir: paths.backendDir } : paths, backendEnv)
    }
    const key = await publishableKey(databaseUrl)
    const { servers, workers } = config.backend
    if (servers && !config.dev) {
      progress(
        "Backend",
        `${servers} servers on port ${config.ports.backend}, ${workers} workers (events, search, jobs)`,
      )
      const ports = await Promise.all(Array.from({ length: workers }, () => freePort()))
      const processes = await Promise.all([
        startBackendServers(paths, backendEnv, { port: config.ports.backend, servers }),
        // a worker listens only for its health check, on a port of its own
        ...ports.map((port, i) =>
          startBackend(paths, backendEnv, { port, mode: "worker", name: `backend-worker-${i + 1}` }),
        ),
      ])
      for (const proc of processes) started.push({ name: proc.name, stop: () => proc.stop(), pid: proc.child.pid })
    } else {
      progress("Backend", `starting on port ${config.ports.backend}`)
      const backend = await startBackend(paths, backendEnv, { port: config.ports.backend, dev: config.dev })
      started.push({ name: "backend", stop: () => backend.stop(), pid: backend.child.pid })
    }
    const indexed = await waitForProductSearch(`http://127.0.0.1:${config.ports.backend}`, key)
    progress("Search", `product index ready in Meilisearch (${indexed} products)`)

    // Storefront
    const storefrontEnv: NodeJS.ProcessEnv = {
      ...process.env,
      MEDUSA_BACKEND_URL: `http://127.0.0.1:${config.ports.backend}`,
      MEDUSA_PUBLISHABLE_KEY: key,
      STOREFRONT_URL: sf,
      STRIPE_ENABLED: config.stripeApiKey ? "true" : "",
      // the cart and customer cookies follow the same rule as the admin's
      COOKIE_SECURE: backendEnv.COOKIE_SECURE,
      STOREFRONT_REVALIDATE_SECRET: config.revalidateSecret,
      // one cache for every storefront instance (cache-handler.mjs); in memory without it
      REDIS_URL: config.redisUrl ?? "",
    }
    if (!config.dev) {
      progress("Storefront build", "next build (skipped when the sources are unchanged)")
      const build = await buildStorefront(config.root, config.logDir, storefrontEnv)
      progress("Storefront build", build === "built" ? "built" : "up to date")
    }
    progress("Storefront", `starting on port ${config.ports.storefront}`)
    const storefront = await startStorefront(config.root, config.logDir, storefrontEnv, {
      port: config.ports.storefront,
      dev: config.dev,
    })
    started.push({ name: "storefront", stop: () => storefront.stop(), pid: storefront.child.pid })

    return {
      backendUrl: be,
      storefrontUrl: sf,
      adminUrl: `${be}/app`,
      databaseUrl,
      meilisearchHost,
      meilisearchApiKey: meilisearchApiKey ?? "",
      publishableKey: key,
      pids: () => started.map((s) => s.pid).filter((p): p is number => typeof p === "number"),
      stop: stopAll,
    }
  } catch (err) {
    await stopAll()
    throw err
  }
}
