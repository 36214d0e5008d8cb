/**
 * The backend processes of the scaled test stack, found in /proc by the database they serve: the
 * backend-cluster.js primary and its servers, and the workers (MEDUSA_WORKER_MODE=worker).
 */
import fs from "node:fs"

export type BackendProcess = { pid: number; ppid: number; argv: string[]; env: Record<string, string>; cwd: string }

function read(pid: string): BackendProcess | undefined {
  try {
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean)
    const env = Object.fromEntries(
      fs
        .readFileSync(`/proc/${pid}/environ`, "utf8")
        .split("\0")
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
    )
    const ppid = Number(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1])
    return { pid: Number(pid), ppid, argv, env, cwd: fs.readlinkSync(`/proc/${pid}/cwd`) }
  } catch {
    return undefined // ended while we looked, or not ours to read
  }
}

export function backendProcesses(databaseUrl: string) {
  const all = fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(read)
    .filter((p): p is BackendProcess => !!p && p.env.DATABASE_URL === databaseUrl && p.argv[0] === process.execPath)
  const cluster = all.filter((p) => p.argv.some((a) => a.endsWith("backend-cluster.js")))
  const primary = cluster.find((p) => !cluster.some((q) => q.pid === p.ppid))
  return {
    primary,
    servers: cluster.filter((p) => p.ppid === primary?.pid),
    workers: all.filter(
      (p) => p.env.MEDUSA_WORKER_MODE === "worker" && !p.argv.some((a) => a.endsWith("backend-cluster.js")),
    ),
  }
}
