import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importDecisionCsv } from "../../../../import/run-import"
import type { ImportInputType } from "../validators"

/**
 * Imports a certification decision given as CSV text (`npm run import -- FILE.csv` sends the file
 * here in chunks). 200 with a report per row; 400 when the file itself is unusable.
 */
export async function POST(req: AuthenticatedMedusaRequest<ImportInputType>, res: MedusaResponse) {
  const report = await importDecisionCsv(req.scope, req.validatedBody.csv, { dryRun: req.validatedBody.dry_run })
  const { fileError, ...rows } = report
  if (!fileError) return res.json(report)
  res
    .status(400)
    .json({ type: "invalid_data", field: "csv", ...fileError, message: `csv: ${fileError.message}`, ...rows })
}
