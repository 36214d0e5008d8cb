/**
 * Redis for the scaled-setup tests: REDIS_URL when it is set; otherwise a redis-server of our own on
 * a free port, keeping nothing on disk (Debian's package, installed here as root when missing, as
 * browser.ts does for Chromium), stopped after the run.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { canConnect, freePort, startProcess, waitFor, type RunningProcess } from "@ocop-market/stack"

export type TestRedis = {
  url: string
  /** Our own server only: stop it (a fault test) and start it again on the same port. */
  pause?(): Promise<void>
  resume?(): Promise<void>
  stop(): Promise<void>
}

function redisServerPath(): string {
  const found = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].find((p) => fs.existsSync(p))
  if (found) return found
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    console.log("[redis] redis-server not found: installing Debian's redis-server (apt-get install redis-server)…")
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env })
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "redis-server"], {
      stdio: "inherit",
      env,
    })
    if (fs.existsSync("/usr/bin/redis-server")) return "/usr/bin/redis-server"
  }
  throw new Error("REDIS_URL: not set and no redis-server found; install Debian's redis-server or set REDIS_URL")
}

export async function startTestRedis(logDir = os.tmpdir()): Promise<TestRedis> {
  const given = process.env.REDIS_URL?.trim()
  if (given) return { url: given, stop: async () => undefined }
  const bin = redisServerPath()
  const port = await freePort()
  let proc: RunningProcess | undefined
  const start = async () => {
    proc = startProcess(
      "redis",
      bin,
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      {
        cwd: os.tmpdir(),
        env: process.env,
        logFile: path.join(logDir, `redis-${port}.log`),
      },
    )
    await waitFor(() => canConnect("127.0.0.1", port), { timeoutMs: 10_000, describe: `redis-server on port ${port}` })
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    pause: async () => proc?.stop(),
    resume: start,
    stop: async () => proc?.stop(),
  }
}
