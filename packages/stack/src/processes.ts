import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { waitFor } from "./net"

export type RunningProcess = {
  name: string
  child: ChildProcess
  logFile: string
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>
  stop(timeoutMs?: number): Promise<void>
}

export type SpawnOptions = {
  cwd: string
  env: NodeJS.ProcessEnv
  logFile: string
}

const live = new Set<RunningProcess>()

// Last resort: if this process exits before stopping its children (an uncaught error, a second
// Ctrl-C), end their process groups so no server is left behind.
process.once("exit", () => {
  for (const p of live) if (p.child.pid) signalGroup(p.child.pid, "SIGKILL")
})

/** Stops every child started through startProcess that is still running (Ctrl-C during start-up). */
export async function stopLiveProcesses(): Promise<void> {
  await Promise.all([...live].map((p) => p.stop(3000)))
}

/**
 * Starts a long-running child in its own process group, output appended to `logFile`, so that
 * stop() ends it and everything it started (next start, medusa workers) and nothing else.
 */
export function startProcess(name: string, command: string, args: string[], opts: SpawnOptions): RunningProcess {
  fs.mkdirSync(path.dirname(opts.logFile), { recursive: true })
  const out = fs.openSync(opts.logFile, "a")
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ["ignore", out, out] })
  fs.closeSync(out)
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : null)))
    child.once("error", () => resolve(127))
  })
  const stop = async (timeoutMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
    signalGroup(child.pid, "SIGTERM")
    const timer = setTimeout(() => signalGroup(child.pid!, "SIGKILL"), timeoutMs)
    await exited
    clearTimeout(timer)
    // Children that ignored SIGTERM after their leader left.
    signalGroup(child.pid, "SIGKILL")
  }
  const proc = { name, child, logFile: opts.logFile, exited, stop }
  live.add(proc)
  void exited.then(() => live.delete(proc))
  return proc
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

/** Runs a command to completion with output to `logFile`; rejects with the log's tail on failure. */
export async function runToCompletion(
  name: string,
  command: string,
  args: string[],
  opts: SpawnOptions,
): Promise<void> {
  const proc = startProcess(name, command, args, opts)
  const code = await proc.exited
  if (code !== 0) {
    throw new Error(`${name} failed (exit ${code}); last lines of ${opts.logFile}:\n${tail(opts.logFile, 25)}`)
  }
}

export function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}

/**
 * Waits until `ready()` answers true for a process just started; if it exits first or the time
 * runs out, stops it and throws with the tail of its log.
 */
export async function waitUntilReady(
  proc: RunningProcess,
  ready: () => Promise<boolean>,
  { timeoutMs, describe }: { timeoutMs: number; describe: string },
): Promise<RunningProcess> {
  let exited = false
  void proc.exited.then(() => (exited = true))
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`${proc.name} exited; last lines of ${proc.logFile}:\n${tail(proc.logFile, 25)}`)
        return ready()
      },
      { timeoutMs, describe },
    )
  } catch (err) {
    await proc.stop()
    throw err
  }
  return proc
}
