/**
 * GET /health/ready: the backend says whether it can serve the shop (PostgreSQL, Meilisearch, and
 * Redis in the scaled setup); GET /health stays the liveness check. Redis going away turns it to
 * 503 (tests/scale/redis-outage.test.ts).
 */
import { describe, expect, inject, it } from "vitest"

const stack = inject("stack")

describe("readiness", () => {
  it("reports each part the backend needs, ready when all answer", async () => {
    const res = await fetch(`${stack.backendUrl}/health/ready`)
    expect(res.status).toBe(200)
    expect(res.headers.get("cache-control")).toBe("no-store")
    expect(await res.json()).toEqual({
      ready: true,
      checks: {
        postgres: "ok",
        meilisearch: "ok",
        redis: stack.setup === "scaled" ? "ok" : "not configured",
      },
    })
    expect((await fetch(`${stack.backendUrl}/health`)).status).toBe(200)
  })
})
