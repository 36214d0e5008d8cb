/**
 * Scheduled jobs in the scaled setup (stack-redis: 2 servers, 2 workers): the certificate expiry
 * job, on a 5-second test schedule, runs once per schedule across all instances, and only on workers.
 * Runs are counted from the line the job logs each time (backend/src/jobs/expire-certifications.ts).
 */
import fs from "node:fs"
import path from "node:path"
import { describe, expect, inject, it } from "vitest"
import { EXPIRY_TEST_SCHEDULE_SECONDS as PERIOD } from "../support/global-setup-redis"

const stack = inject("stack")

type Run = { at: number; file: string; pid: string }

function expiryRuns(): Run[] {
  const runs: Run[] = []
  for (const file of fs.readdirSync(stack.logDir).filter((f) => f.startsWith("backend"))) {
    for (const line of fs.readFileSync(path.join(stack.logDir, file), "utf8").split("\n")) {
      if (!line.includes("OCOP expiry check")) continue
      const entry = JSON.parse(line) as { message: string; timestamp: string }
      runs.push({ at: Date.parse(entry.timestamp + "Z"), file, pid: entry.message.match(/pid (\d+)/)![1]! })
    }
  }
  return runs
}

describe("scheduled jobs with several instances", () => {
  it("runs the expiry job once per schedule, on workers only", async () => {
    expect(stack.setup).toBe("scaled")
    const from = Date.now()
    const periods = 8
    await new Promise((r) => setTimeout(r, periods * PERIOD * 1000 + 1500))
    const runs = expiryRuns().filter((r) => r.at >= from - 1000)
    const slots = new Map<number, number>()
    for (const r of runs) {
      const slot = Math.round(r.at / 1000 / PERIOD)
      slots.set(slot, (slots.get(slot) ?? 0) + 1)
    }
    console.log(
      `expiry job: ${runs.length} runs in ${periods} periods of ${PERIOD} s, on ${new Set(runs.map((r) => r.pid)).size} worker process(es)`,
    )
    // every schedule ran (a slow one may slip into the next second, never be skipped twice) …
    expect(slots.size).toBeGreaterThanOrEqual(periods - 1)
    // … and each exactly once, however many workers could have taken it
    expect([...slots.values()].every((n) => n === 1)).toBe(true)
    expect(runs.every((r) => r.file.startsWith("backend-worker-"))).toBe(true)
  }, 90_000)
})
