import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import { fileURLToPath } from "node:url"

export const root = fileURLToPath(new URL("../..", import.meta.url))

export type StartRun = {
  child: ChildProcess
  output: () => string
  /** Resolves with the exit code. */
  exited: Promise<number | null>
  /** Resolves once the output contains `text`; rejects if the process ends first. */
  waitForOutput(text: string, timeoutMs: number): Promise<void>
  /** Ctrl-C: SIGINT to the whole process group, as a terminal sends it. */
  interrupt(): void
}

/** Runs what `npm start` runs (`node --import tsx scripts/start.ts`) with exactly `env`. */
export function npmStart(env: NodeJS.ProcessEnv): StartRun {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let out = ""
  child.stdout!.on("data", (d) => (out += d))
  child.stderr!.on("data", (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  return {
    child,
    output: () => out,
    exited,
    waitForOutput(text, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${text}" after ${timeoutMs} ms:\n${out}`)), timeoutMs)
        const check = () => {
          if (out.includes(text)) {
            clearTimeout(timer)
            resolve()
          }
        }
        child.stdout!.on("data", check)
        void exited.then(() => {
          clearTimeout(timer)
          if (out.includes(text)) resolve()
          else reject(new Error(`npm start exited before "${text}":\n${out}`))
        })
        check()
      })
    },
    interrupt() {
      try {
        process.kill(-child.pid!, "SIGINT")
      } catch {
        // already gone
      }
    },
  }
}

/** The environment of a fresh machine: none of the shop's settings. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const k of [
    "DATABASE_URL",
    "MEILISEARCH_HOST",
    "MEILISEARCH_API_KEY",
    "REDIS_URL",
    "PORT",
    "STOREFRONT_PORT",
    "OCOP_DATA_DIR",
    "STRIPE_API_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "OCOP_BACKEND_SERVERS",
    "OCOP_BACKEND_WORKERS",
    "MEDUSA_WORKER_MODE",
  ]) {
    delete env[k]
  }
  return { ...env, ...extra }
}

/** Pids of processes whose command line mentions `folder` (the servers started for that data folder). */
export function processesUsing(folder: string): number[] {
  return fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(folder)
      } catch {
        return false
      }
    })
    .map(Number)
}
