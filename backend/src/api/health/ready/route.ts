import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fastRedis, redisAnswers } from "../../utils/redis-health"

type Check = "ok" | "down" | "not configured"

/** Resolves "ok" when `probe` answers within two seconds, "down" otherwise. */
async function within2s(probe: () => Promise<unknown>): Promise<Check> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000).unref())
  return Promise.race([probe(), timeout]).then(
    () => "ok",
    () => "down",
  )
}

/**
 * GET /health/ready: whether this backend process can serve the shop — PostgreSQL, Meilisearch and
 * (when configured) Redis each answer. 503 when one does not, for a load balancer to route around
 * it. Medusa's own GET /health stays the liveness check (the process runs).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as { raw(sql: string): Promise<unknown> }
  const meili = process.env.MEILISEARCH_HOST || "http://127.0.0.1:7700"
  const checks: Record<string, Check> = {
    postgres: await within2s(() => pg.raw("select 1")),
    meilisearch: await within2s(async () => {
      const answer = await fetch(`${meili}/health`, { signal: AbortSignal.timeout(2000) })
      if (!answer.ok) throw new Error(String(answer.status))
    }),
    redis: fastRedis() ? (redisAnswers() ? "ok" : "down") : "not configured",
  }
  const ready = Object.values(checks).every((c) => c !== "down")
  res.setHeader("Cache-Control", "no-store")
  res.status(ready ? 200 : 503).json({ ready, checks })
}
