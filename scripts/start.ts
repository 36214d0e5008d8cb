/**
 * `npm start` (and `npm run dev`): the whole shop on one machine. Reads the environment (see the
 * README's table), starts what is missing, prints where to go, and stops everything on Ctrl-C.
 */
import path from "node:path"
import { readConfig, SetupError, startStack, stopLiveProcesses, type RunningStack } from "@ocop-market/stack"

const root = path.resolve(__dirname, "..")
const dev = process.argv.includes("--dev")
const t0 = Date.now()
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`

let stack: RunningStack | undefined
const starting = new AbortController()
let signals = 0

function onSignal(code: number) {
  // npm and the terminal may both deliver one Ctrl-C: the first stops the shop in order, a repeat
  // while stopping is ignored, a third ends at once (the exit hook still kills the servers).
  signals++
  if (signals === 3) process.exit(code)
  if (signals > 1) return
  if (stack) {
    const running = stack
    console.log("\nĐang dừng / stopping…")
    void running.stop().then(() => process.exit(code))
  } else {
    // Still starting: end the step in progress; startStack then stops what it had started.
    starting.abort()
    void stopLiveProcesses()
  }
}

async function main() {
  process.on("SIGINT", () => onSignal(130))
  process.on("SIGTERM", () => onSignal(143))

  const config = readConfig(root, process.env, { dev })
  console.log(`OCOP Market — ${dev ? "development (hot reload)" : "production build"}; logs in ${config.logDir}`)
  let n = 0
  let last = ""
  stack = await startStack(
    config,
    (step, detail) => {
      if (step !== last) n++
      last = step
      console.log(`  [${String(n).padStart(2)}] ${step.padEnd(17)} ${detail ?? ""}  (${elapsed()})`)
    },
    starting.signal,
  )
  console.log(`
Sẵn sàng / ready in ${elapsed()}
  Cửa hàng / storefront   ${stack.storefrontUrl}
  Quản trị / admin        ${stack.adminUrl}   (${config.adminEmail}, password ${process.env.MEDUSA_ADMIN_PASSWORD ? "from MEDUSA_ADMIN_PASSWORD" : "ocop-admin"})
  Store API               ${stack.backendUrl}/store
  Meilisearch             ${stack.meilisearchHost}
Ctrl-C để dừng / to stop.`)
}

main().catch((err: unknown) => {
  if (starting.signal.aborted) {
    console.log("\nĐã dừng / stopped.")
    process.exit(130)
  }
  // One line naming the cause; the details are in the logs under .data/logs.
  const message = err instanceof SetupError ? err.message : ((err as Error)?.message ?? String(err))
  console.error(`\nKhông khởi động được / cannot start: ${message}`)
  process.exit(1)
})
