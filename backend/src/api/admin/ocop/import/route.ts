import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { importDecisionCsv } from "../../../../import/run-import"
import type { ImportInput } from "../../../ocop-validators"

/**
 * Imports a certification decision given as CSV text (`npm run import -- FILE.csv` sends the file
 * here in chunks). 200 with a report per row; 400 when the file itself is unusable.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ImportInput>>, res: MedusaResponse) {
  const report = await importDecisionCsv(req.scope, req.validatedBody.csv, { dryRun: req.validatedBody.dry_run })
  res
    .status(report.fileError ? 400 : 200)
    .json(report.fileError ? { type: "invalid_data", message: `csv: ${report.fileError}`, ...report } : report)
}
