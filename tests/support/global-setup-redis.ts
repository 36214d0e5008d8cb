/**
 * The `stack-redis` project: the same stack in its scaled setup — Medusa's Redis modules, two
 * server processes on one port and two workers — with the certificate expiry job every 5 s, so a
 * test can count its runs. Redis from REDIS_URL, or one of our own (packages/stack/src/redis.ts).
 */
import type { TestProject } from "vitest/node"
import { bootStack } from "./global-setup"
import { redisForRun } from "@ocop-market/stack"

/** The test schedule of the expiry job (seconds first, as BullMQ's cron reads it). */
export const EXPIRY_TEST_SCHEDULE_SECONDS = 5

export default async function setup(project: TestProject) {
  // read by the backend processes (startStack passes its own environment on), not by readConfig
  process.env.OCOP_CERT_EXPIRY_SCHEDULE = `*/${EXPIRY_TEST_SCHEDULE_SECONDS} * * * * *`
  const redis = await redisForRun()
  try {
    return await bootStack(
      project,
      {
        REDIS_URL: redis.url,
        OCOP_BACKEND_SERVERS: "2",
        OCOP_BACKEND_WORKERS: "2",
      },
      "scaled",
      { afterStop: () => redis.stop(), ownRedis: !!redis.own },
    )
  } catch (err) {
    await redis.stop()
    throw err
  }
}
