import type { MedusaContainer } from "@medusajs/framework/types"
import { expireCertificationsWorkflow } from "../workflows/certification-status"

/** Every day at 00:05 in Vietnam (17:05 UTC): certificates past their 36 months lose the badge. */
export default async function expireCertifications(container: MedusaContainer) {
  const { result } = await expireCertificationsWorkflow(container).run({ input: {} })
  if (result.expired.length) container.resolve("logger").info(`OCOP: ${result.expired.length} certificates expired`)
}

export const config = { name: "expire-ocop-certifications", schedule: "5 17 * * *" }
