/**
 * `npm run import -- FILE.csv [--dry-run]`: imports a province's certification decision (one product
 * per row) into the running shop through POST /admin/ocop/import, in chunks, with a progress bar,
 * then prints what was created, updated, left unchanged and rejected (with the reason per row).
 * Exit code: 0 all rows imported, 1 some rows rejected, 2 the file or the connection is unusable.
 *
 * Columns: product, producer, legal_type, district, commune, group, star, score, decision_number,
 * decision_date (DD/MM/YYYY or YYYY-MM-DD); optional: province, commune_code, sub_group,
 * proposed_star, price, description.
 */
import fs from "node:fs"
import cliProgress from "cli-progress"
import { parse } from "csv-parse/sync"
import { adminClient, fail as failWith } from "./lib/admin-client"

const CHUNK = 25
const file = process.argv.slice(2).find((a) => !a.startsWith("--"))
const dryRun = process.argv.includes("--dry-run")

type Report = {
  created: { line: number; product: string }[]
  updated: { line: number; product: string }[]
  unchanged: { line: number; product: string }[]
  rejected: { line: number; product: string; reasons: string[] }[]
  producers_created: number
  message?: string
}

const fail: (message: string) => never = (message) => failWith(message, "cannot import")

async function main() {
  if (!file) fail("give the CSV file: npm run import -- FILE.csv")
  let text: string
  try {
    text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "")
  } catch (err) {
    fail(`${file}: ${(err as Error).message}`)
  }
  // Split into records without breaking quoted fields; each chunk is sent with the header.
  let records: { raw: string }[]
  try {
    records = (
      parse(text, { raw: true, skip_empty_lines: true, relax_column_count: true }) as unknown as { raw: string }[]
    ).map((r) => ({
      raw: r.raw.replace(/\r?\n$/, ""),
    }))
  } catch (err) {
    fail(`${file} is not valid CSV: ${(err as Error).message}`)
  }
  const [header, ...rows] = records
  if (!header || !rows.length) fail(`${file} has no rows`)

  const admin = await adminClient()

  const total: Report = { created: [], updated: [], unchanged: [], rejected: [], producers_created: 0 }
  const bar = new cliProgress.SingleBar(
    // Without a terminal (CI, logs) the bar is still printed, once per chunk.
    {
      format: "Nhập / importing [{bar}] {value}/{total} dòng / rows  {eta_formatted}",
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 250,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(rows.length, 0)
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK)
    const res = await admin<Report>("/admin/ocop/import", {
      method: "POST",
      body: { csv: [header.raw, ...chunk.map((r) => r.raw)].join("\n"), dry_run: dryRun },
    })
    const report = res.body
    if (res.status === 400 && report.message) {
      bar.stop()
      fail(report.message)
    }
    if (!res.ok) {
      bar.stop()
      fail(`the backend answered HTTP ${res.status}: ${report.message ?? ""}`)
    }
    // Lines in a chunk count from its header; shift them to the file's lines.
    const shift = <T extends { line: number }>(xs: T[]) => xs.map((x) => ({ ...x, line: x.line + i }))
    total.created.push(...shift(report.created))
    total.updated.push(...shift(report.updated))
    total.unchanged.push(...shift(report.unchanged))
    total.rejected.push(...shift(report.rejected))
    total.producers_created += report.producers_created
    bar.update(Math.min(i + CHUNK, rows.length))
  }
  bar.stop()

  console.log(`\n${dryRun ? "Thử (không ghi) / dry run — " : ""}${file}: ${rows.length} dòng / rows`)
  console.log(`  tạo mới / created     ${total.created.length}`)
  console.log(`  cập nhật / updated    ${total.updated.length}`)
  console.log(`  không đổi / unchanged ${total.unchanged.length}`)
  console.log(`  bị từ chối / rejected ${total.rejected.length}`)
  console.log(`  chủ thể mới / new producers ${total.producers_created}`)
  for (const r of total.rejected)
    console.log(`  ✗ dòng / line ${r.line} (${r.product || "?"}): ${r.reasons.join("; ")}`)
  process.exit(total.rejected.length ? 1 : 0)
}

main().catch((err) => fail((err as Error).message))
