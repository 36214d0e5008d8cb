import path from "node:path"
import { hashInputs, isBuildCurrent, markBuild } from "./builds"
import { assertPortFree, httpOk } from "./net"
import { runToCompletion, startProcess, waitUntilReady, type RunningProcess } from "./processes"

function nextCli(root: string) {
  return require.resolve("next/dist/bin/next", { paths: [path.join(root, "storefront")] })
}

/** `next build` unless storefront/.next holds a build of these sources. */
export async function buildStorefront(
  root: string,
  logDir: string,
  env: NodeJS.ProcessEnv,
): Promise<"built" | "current"> {
  const dir = path.join(root, "storefront")
  const outDir = path.join(dir, ".next")
  const hash = hashInputs(root, [
    "storefront/src",
    "storefront/public",
    "storefront/next.config.ts",
    "storefront/cache-handler.mjs",
    "storefront/postcss.config.mjs",
    "storefront/tsconfig.json",
    "storefront/package.json",
    "packages/ocop/src",
  ])
  if (isBuildCurrent(outDir, hash)) return "current"
  await runToCompletion("next build", process.execPath, [nextCli(root), "build"], {
    cwd: dir,
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    logFile: path.join(logDir, "storefront-build.log"),
  })
  markBuild(outDir, hash)
  return "built"
}

export async function startStorefront(
  root: string,
  logDir: string,
  env: NodeJS.ProcessEnv,
  { port, dev = false }: { port: number; dev?: boolean },
): Promise<RunningProcess> {
  await assertPortFree(port, "STOREFRONT_PORT")
  const proc = startProcess(
    "storefront",
    process.execPath,
    [nextCli(root), dev ? "dev" : "start", "-p", String(port)],
    {
      cwd: path.join(root, "storefront"),
      env: { ...env, NODE_ENV: dev ? "development" : "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
      logFile: path.join(logDir, "storefront.log"),
    },
  )
  return waitUntilReady(proc, () => httpOk(`http://127.0.0.1:${port}/api/health`), {
    timeoutMs: 120_000,
    describe: `the storefront on port ${port}`,
  })
}
