import { spawn } from "node:child_process"
import type { TestStack } from "./global-setup"
import { root } from "./npm-start"

/** `npm run reindex [args]` against the test stack; its exit code and everything it printed. */
export function reindexCli(stack: TestStack, args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/reindex.ts", ...args], {
    cwd: root,
    env: {
      ...process.env,
      MEDUSA_BACKEND_URL: stack.backendUrl,
      MEDUSA_ADMIN_EMAIL: stack.adminEmail,
      MEDUSA_ADMIN_PASSWORD: stack.adminPassword,
      MEILISEARCH_HOST: stack.meilisearchHost,
      MEILISEARCH_API_KEY: stack.meilisearchApiKey,
    },
  })
  let out = ""
  child.stdout.on("data", (d) => (out += d))
  child.stderr.on("data", (d) => (out += d))
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, out })))
}
