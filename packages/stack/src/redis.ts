/**
 * A redis-server of our own, for the tests and benchmarks of the scaled setup (`npm start` itself
 * takes Redis from REDIS_URL): Debian's package, installed as root when missing (as the tests do
 * for Chromium), on a free port, with an append-only file in a temporary folder so that a restart
 * keeps its queues and schedules, as a production Redis does.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { canConnect, freePort, waitFor } from "./net"
import { startProcess } from "./processes"

export type RedisServer = {
  url: string
  stop(): Promise<void>
}

export function redisServerPath(): string {
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

/** How we start a redis-server: on this port, keeping its append-only file in `dir`. */
export function redisServerArgs(port: number, dir: string): string[] {
  return ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "yes"]
}

export async function startRedisServer(): Promise<RedisServer> {
  const bin = redisServerPath()
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-redis-"))
  const proc = startProcess("redis", bin, redisServerArgs(port, dir), {
    cwd: dir,
    env: process.env,
    logFile: path.join(dir, "redis.log"),
  })
  await waitFor(() => canConnect("127.0.0.1", port), { timeoutMs: 10_000, describe: `redis-server on port ${port}` })
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await proc.stop()
      // a fault test may have stopped this one and started another in the same folder (redis-server
      // rewrites its command line, so it is known by its working folder)
      for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
        try {
          if (fs.readlinkSync(`/proc/${pid}/cwd`) === dir) process.kill(Number(pid), "SIGKILL")
        } catch {
          // gone, or not ours
        }
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** REDIS_URL when it is set (nothing to stop), otherwise a server of our own. */
export async function redisForRun(): Promise<{ url: string; own?: RedisServer; stop(): Promise<void> }> {
  const given = process.env.REDIS_URL?.trim()
  if (given) return { url: given, stop: async () => undefined }
  const own = await startRedisServer()
  return { url: own.url, own, stop: own.stop }
}
