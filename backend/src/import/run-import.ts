import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { importOcopRowWorkflow } from "../workflows/import-ocop-row"
import { parseDecisionCsv, type FileError, type RowRejection } from "./decision-csv"

export type ImportReport = {
  created: { line: number; product: string }[]
  updated: { line: number; product: string }[]
  unchanged: { line: number; product: string }[]
  rejected: RowRejection[]
  producers_created: number
  fileError?: FileError
}

/** Validates every row, then writes each valid one in its own workflow; reports per row. */
export async function importDecisionCsv(
  container: MedusaContainer,
  csv: string,
  { dryRun = false } = {},
): Promise<ImportReport> {
  const { rows, rejected, fileError } = parseDecisionCsv(csv)
  const report: ImportReport = { created: [], updated: [], unchanged: [], rejected, producers_created: 0, fileError }
  if (fileError) return report
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // What the file's products look like now, in one query: unchanged rows are not written again,
  // so importing the same file twice changes nothing.
  const { data: current } = rows.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "handle", "ocop_certification.*", "producer.name"],
        filters: { handle: rows.map((r) => r.handle) },
      })
    : { data: [] }
  const byHandle = new Map(current.map((p: any) => [p.handle as string, p]))
  for (const row of rows) {
    const existing = byHandle.get(row.handle)
    const cert = (existing as any)?.ocop_certification
    const c = row.certification
    if (
      cert &&
      (existing as any).producer?.name === row.producer.name &&
      cert.decision_number === c.decision_number.trim() &&
      cert.decision_date === c.decision_date &&
      cert.star === c.star &&
      (cert.score ?? null) === (c.score ?? null) &&
      cert.group === c.group &&
      (cert.proposed_star ?? null) === (c.proposed_star ?? null) &&
      cert.origin_commune_code === (c.origin.commune_code || cert.origin_commune_code)
    ) {
      report.unchanged.push({ line: row.line, product: row.product })
      continue
    }
    if (dryRun) {
      report[existing ? "updated" : "created"].push({ line: row.line, product: row.product })
      continue
    }
    try {
      const { result } = await importOcopRowWorkflow(container).run({ input: { row } })
      report[result.product].push({ line: row.line, product: row.product })
      if (result.producer_created) report.producers_created++
    } catch (err) {
      report.rejected.push({ line: row.line, product: row.product, reasons: [(err as Error).message] })
    }
  }
  report.rejected.sort((a, b) => a.line - b.line)
  return report
}
