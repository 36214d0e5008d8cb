import path from "node:path"
import { hashInputs, isBuildCurrent, markBuild } from "./builds"
import { assertPortFree, httpOk, waitFor } from "./net"
import { queryRows } from "./postgres"
import { runToCompletion, startProcess, waitUntilReady, type RunningProcess } from "./processes"

/** Title the seed gives the storefront's publishable key (backend/src/scripts/seed.ts, SEED). */
export const PUBLISHABLE_KEY_TITLE = "OCOP Market storefront"
/** What backend/src/scripts/seed.ts writes when done (SEED_VERSION there, plus the payment providers the region offers). */
export function seedMarker(payments: { stripe: boolean; vietQr: boolean; vnpay: boolean }) {
  return `3${payments.stripe ? "+stripe" : ""}${payments.vietQr ? "+vietqr" : ""}${payments.vnpay ? "+vnpay" : ""}`
}

export type BackendPaths = { root: string; backendDir: string; serverDir: string; logDir: string }

export function backendPaths(root: string, logDir: string): BackendPaths {
  const backendDir = path.join(root, "backend")
  return { root, backendDir, serverDir: path.join(backendDir, ".medusa", "server"), logDir }
}

function medusaCli(root: string) {
  return require.resolve("@medusajs/cli/cli.js", { paths: [path.join(root, "backend")] })
}

export function backendBuildHash(root: string) {
  return hashInputs(root, [
    "backend/src",
    "backend/medusa-config.ts",
    "backend/tsconfig.json",
    "backend/package.json",
    "packages/ocop/src",
  ])
}

/** `medusa build` (server and admin) unless .medusa/server already holds a build of these sources. */
export async function buildBackend(p: BackendPaths, env: NodeJS.ProcessEnv): Promise<"built" | "current"> {
  const hash = backendBuildHash(p.root)
  if (isBuildCurrent(p.serverDir, hash)) return "current"
  await runToCompletion("medusa build", process.execPath, [medusaCli(p.root), "build"], {
    cwd: p.backendDir,
    env: { ...env, NODE_ENV: "production" },
    logFile: path.join(p.logDir, "backend-build.log"),
  })
  markBuild(p.serverDir, hash)
  return "built"
}

export async function migrateBackend(p: BackendPaths, env: NodeJS.ProcessEnv): Promise<void> {
  await runToCompletion("medusa db:migrate", process.execPath, [medusaCli(p.root), "db:migrate"], {
    cwd: p.serverDir,
    env: { ...env, NODE_ENV: "production" },
    logFile: path.join(p.logDir, "backend-migrate.log"),
  })
}

/** Whether the database holds a finished seed of this version and payment setup. */
export async function isSeeded(
  databaseUrl: string,
  payments: { stripe: boolean; vietQr: boolean; vnpay: boolean },
): Promise<boolean> {
  const rows = await queryRows<{ v: string }>(
    databaseUrl,
    "select metadata->>'ocop_seed_version' as v from store limit 1",
  )
  return rows?.[0]?.v === seedMarker(payments)
}

export async function seedBackend(p: BackendPaths, env: NodeJS.ProcessEnv): Promise<void> {
  await runToCompletion("seed", process.execPath, [medusaCli(p.root), "exec", "./src/scripts/seed.js"], {
    cwd: p.serverDir,
    env: { ...env, NODE_ENV: "production" },
    logFile: path.join(p.logDir, "backend-seed.log"),
  })
}

/** The publishable key the seed made for the storefront. */
export async function publishableKey(databaseUrl: string): Promise<string> {
  const rows = await queryRows<{ token: string }>(
    databaseUrl,
    "select token from api_key where title = $1 and type = 'publishable' and revoked_at is null and deleted_at is null order by created_at limit 1",
    [PUBLISHABLE_KEY_TITLE],
  )
  const token = rows?.[0]?.token
  if (!token) throw new Error(`no publishable key titled "${PUBLISHABLE_KEY_TITLE}"; the seed did not finish`)
  return token
}

/** `medusa start` from the build (or `medusa develop` from sources), resolved once /health answers. */
export async function startBackend(
  p: BackendPaths,
  env: NodeJS.ProcessEnv,
  { port, dev = false, mode = "shared", name = "backend" }: StartOptions,
): Promise<RunningProcess> {
  await assertPortFree(port, "PORT")
  const proc = startProcess(
    name,
    process.execPath,
    [medusaCli(p.root), dev ? "develop" : "start", "--port", String(port)],
    {
      cwd: dev ? p.backendDir : p.serverDir,
      env: { ...env, NODE_ENV: dev ? "development" : "production", PORT: String(port), MEDUSA_WORKER_MODE: mode },
      logFile: path.join(p.logDir, `${name}.log`),
    },
  )
  return untilHealthy(proc, port)
}

type StartOptions = { port: number; dev?: boolean; mode?: "shared" | "server" | "worker"; name?: string }

/** `servers` Medusa processes in server mode sharing `port` (backend-cluster.ts replaces one that dies). */
export async function startBackendServers(
  p: BackendPaths,
  env: NodeJS.ProcessEnv,
  { port, servers }: { port: number; servers: number },
): Promise<RunningProcess> {
  await assertPortFree(port, "PORT")
  const proc = startProcess("backend servers", process.execPath, [path.join(__dirname, "backend-cluster.js")], {
    cwd: p.serverDir,
    env: { ...env, NODE_ENV: "production", PORT: String(port), OCOP_BACKEND_SERVERS: String(servers) },
    logFile: path.join(p.logDir, "backend.log"),
  })
  return untilHealthy(proc, port)
}

function untilHealthy(proc: RunningProcess, port: number) {
  return waitUntilReady(proc, () => httpOk(`http://127.0.0.1:${port}/health`), {
    timeoutMs: 180_000,
    describe: `the ${proc.name} on port ${port}`,
  })
}

/**
 * Waits until POST /store/search answers for the product index: Medusa seeds search indexes in the
 * background after it starts, and the shop is not ready before its search is.
 */
export async function waitForProductSearch(
  backendUrl: string,
  publishableKey: string,
  timeoutMs = 120_000,
): Promise<number> {
  let count = 0
  await waitFor(
    async () => {
      const res = await fetch(`${backendUrl}/store/search`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-publishable-api-key": publishableKey,
          "accept-encoding": "identity",
        },
        body: JSON.stringify({ entity: "product", filters: {}, pagination: { take: 1 } }),
        signal: AbortSignal.timeout(5000),
      })
      const body = (await res.json().catch(() => ({}))) as { results?: { metadata?: { count?: number } }[] }
      count = body.results?.[0]?.metadata?.count ?? 0
      return res.ok
    },
    { timeoutMs, describe: "the product search index", intervalMs: 500 },
  )
  return count
}
