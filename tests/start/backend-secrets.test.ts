/**
 * The backend's own refusals at start-up, outside `npm start` (which generates the secrets): in
 * production it will not sign sessions with a default secret, and a Stripe key without the webhook
 * secret is refused. Each is one line naming the setting; the config is loaded as Medusa loads it.
 */
import { spawnSync } from "node:child_process"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { root } from "../support/npm-start"

function loadConfig(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(JWT_SECRET|COOKIE_SECRET|STRIPE_|REDIS_URL|MEDUSA_WORKER_MODE)/.test(k),
    ),
  )
  const run = spawnSync(process.execPath, ["--import", "tsx", "-e", 'require("./medusa-config.ts")'], {
    cwd: path.join(root, "backend"),
    env: { ...clean, ...env },
    encoding: "utf8",
  })
  return { code: run.status, out: run.stdout + run.stderr }
}

describe("the backend's settings", () => {
  it("refuses to run in production without JWT_SECRET and COOKIE_SECRET", () => {
    const none = loadConfig({ NODE_ENV: "production" })
    expect(none.code).not.toBe(0)
    expect(none.out).toContain("JWT_SECRET: required in production")
    const one = loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(64) })
    expect(one.code).not.toBe(0)
    expect(one.out).toContain("COOKIE_SECRET: required in production")
    const both = loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(64), COOKIE_SECRET: "y".repeat(64) })
    expect(both.out).not.toMatch(/required/)
    expect(both.code).toBe(0)
  })

  it("refuses a Stripe key without the webhook secret", () => {
    const r = loadConfig({ NODE_ENV: "development", STRIPE_API_KEY: "sk_test_x" })
    expect(r.code).not.toBe(0)
    expect(r.out).toContain("STRIPE_WEBHOOK_SECRET: required with STRIPE_API_KEY")
  })

  it("refuses a worker without Redis, and a worker mode it does not know", () => {
    expect(loadConfig({ MEDUSA_WORKER_MODE: "worker" }).out).toContain("MEDUSA_WORKER_MODE=worker needs REDIS_URL")
    expect(loadConfig({ MEDUSA_WORKER_MODE: "everything" }).out).toContain(
      'MEDUSA_WORKER_MODE: "everything" is not one of',
    )
  })
})
