import { describe, expect, it } from "vitest"
import { keepRunning } from "./watchdog"

/** A stand-in server: `exit()` ends it as a crash would. */
function fakeServer() {
  let exit!: (code: number) => void
  const exited = new Promise<number>((resolve) => (exit = resolve))
  return { exited, exit }
}

const waits = { first: 10, longest: 40, stable: 10_000 }
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

describe("keepRunning", () => {
  it("starts a crashed server again, waiting longer after each failed start, and says so", async () => {
    const notices: string[] = []
    const servers = [fakeServer()]
    let attempts = 0
    const watch = keepRunning(
      "Meilisearch",
      servers[0]!,
      async () => {
        attempts++
        if (attempts <= 2) throw new Error("port still in use\nmore detail")
        const s = fakeServer()
        servers.push(s)
        return s
      },
      (line) => notices.push(line),
      waits,
    )
    servers[0]!.exit(137)
    await until(() => servers.length === 2)
    expect(watch.current()).toBe(servers[1])
    expect(notices).toEqual([
      "Meilisearch exited (137); restarting in 0.01 s",
      "Meilisearch did not restart: port still in use",
      "Meilisearch exited (did not start); restarting in 0.02 s",
      "Meilisearch did not restart: port still in use",
      "Meilisearch exited (did not start); restarting in 0.04 s",
      "Meilisearch restarted",
    ])
    watch.stop()
  })

  it("leaves a server that was asked to stop", async () => {
    const server = fakeServer()
    let launched = 0
    const watch = keepRunning(
      "PostgreSQL",
      server,
      async () => (launched++, fakeServer()),
      () => undefined,
      waits,
    )
    watch.stop()
    server.exit(0)
    await new Promise((r) => setTimeout(r, 50))
    expect(launched).toBe(0)
  })
})
