import type { MedusaContainer } from "@medusajs/framework/types"
import { expireCertificationsWorkflow } from "../workflows/certification-status"

/**
 * Every day at 00:05 in Vietnam (17:05 UTC): certificates past their 36 months lose the badge.
 * Runs on worker processes only, once per schedule however many run (the Redis workflow engine
 * keeps one repeatable job per name); and a second run would find nothing left to expire.
 * OCOP_CERT_EXPIRY_SCHEDULE: another cron (seconds allowed) — the scaled-setup test runs it every few seconds.
 */
export default async function expireCertifications(container: MedusaContainer) {
  const { result } = await expireCertificationsWorkflow(container).run({ input: {} })
  // one line each run, so runs can be counted across instances (tests/scale)
  container
    .resolve("logger")
    .info(`OCOP expiry check: ${result.expired.length} certificates expired (pid ${process.pid})`)
}

export const config = {
  name: "expire-ocop-certifications",
  schedule: process.env.OCOP_CERT_EXPIRY_SCHEDULE || "5 17 * * *",
}
