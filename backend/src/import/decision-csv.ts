/**
 * A province's certification decision as CSV, one product per row. Parsing and checking only:
 * every row is validated against the programme's rules before anything is written.
 */
import { parse } from "csv-parse/sync"
import {
  currentGroup,
  foldVietnamese,
  LEGAL_TYPES,
  slugifyVietnamese,
  type ErrorCode,
  type LegalType,
} from "@ocop-market/ocop"
import { CertificationInput, type CertificationInputType } from "../modules/ocop/inputs"

export const REQUIRED_COLUMNS = [
  "product",
  "producer",
  "legal_type",
  "district",
  "commune",
  "group",
  "star",
  "score",
  "decision_number",
  "decision_date",
] as const
// Optional columns: province, commune_code, sub_group, proposed_star, price, description.

export type DecisionRow = {
  line: number
  handle: string
  product: string
  description: string | null
  price: number | null
  producer: { name: string; legal_type: LegalType }
  certification: CertificationInputType
}

export type RowRejection = { line: number; product: string; reasons: string[] }

/** "HTX", "Hợp tác xã", "cooperative" → "cooperative". */
function legalType(raw: string): LegalType | null {
  const f = foldVietnamese(raw)
  const aliases: Record<string, LegalType> = {
    htx: "cooperative",
    dn: "enterprise",
    "cong ty": "enterprise",
    "ho kinh doanh": "household",
    tht: "cooperative_group",
  }
  return (LEGAL_TYPES.find((t) => t.code === raw.trim() || foldVietnamese(t.vi) === f)?.code ??
    aliases[f] ??
    null) as LegalType | null
}

/** "Thực phẩm", "food", or a Decision 1048 group such as "textile" → the current group code. */
function group(raw: string): string {
  const f = foldVietnamese(raw)
  const byName: Record<string, string> = {
    "thuc pham": "food",
    "do uong": "beverage",
    "thao duoc": "herbal",
    "thu cong my nghe": "handicraft",
    "sinh vat canh": "ornamental",
    "vai va may mac": "handicraft",
    "luu niem - noi that - trang tri": "handicraft",
    "dich vu du lich": "tourism",
  }
  return currentGroup(raw.trim()) ?? byName[f] ?? raw.trim()
}

/** "05/08/2021" or "2021-08-05" → "2021-08-05"; anything else is passed on for the validator to name. */
function isoDate(raw: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw.trim())
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : raw.trim()
}

const int = (raw: string | undefined) =>
  raw === undefined || raw.trim() === "" ? null : Number(raw.replace(/[.\s₫]/g, ""))

/** Why a whole file is refused (a row's problems are reported per row instead). */
export type FileError = { code: ErrorCode; message: string; params?: Record<string, string> }

export function parseDecisionCsv(text: string): {
  rows: DecisionRow[]
  rejected: RowRejection[]
  fileError?: FileError
} {
  let records: Record<string, string>[]
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    })
  } catch (err) {
    return {
      rows: [],
      rejected: [],
      fileError: { code: "csv_invalid", message: `the file is not valid CSV: ${(err as Error).message}` },
    }
  }
  if (!records.length)
    return { rows: [], rejected: [], fileError: { code: "csv_no_rows", message: "the file has no rows" } }
  const missing = REQUIRED_COLUMNS.filter((c) => !(c in records[0]!))
  if (missing.length)
    return {
      rows: [],
      rejected: [],
      fileError: {
        code: "csv_missing_columns",
        message: `missing column(s): ${missing.join(", ")}`,
        params: { columns: missing.join(", ") },
      },
    }

  const rows: DecisionRow[] = []
  const rejected: RowRejection[] = []
  records.forEach((r, i) => {
    const line = i + 2 // the header is line 1
    const reasons: string[] = []
    const lt = legalType(r.legal_type ?? "")
    if (!lt)
      reasons.push(
        `legal_type: unknown legal type "${r.legal_type}" (doanh nghiệp, HTX, tổ hợp tác, hộ sản xuất kinh doanh)`,
      )
    if (!r.product) reasons.push("product: is required")
    if (!r.producer) reasons.push("producer: is required")
    const price = int(r.price)
    if (price !== null && (!Number.isSafeInteger(price) || price <= 0))
      reasons.push(`price: must be a whole number of dong above 0 (got "${r.price}")`)
    const candidate = {
      star: int(r.star) ?? Number.NaN,
      score: int(r.score),
      group: group(r.group ?? ""),
      sub_group: r.sub_group || null,
      decision_number: r.decision_number ?? "",
      decision_date: isoDate(r.decision_date ?? ""),
      proposed_star: int(r.proposed_star),
      origin: {
        province: r.province || undefined,
        district: r.district ?? "",
        commune: r.commune ?? "",
        commune_code: r.commune_code || null,
      },
    }
    const checked = CertificationInput.safeParse(candidate)
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        reasons.push(`${issue.path.join(".")}: ${issue.message}`)
      }
    }
    if (reasons.length || !checked.success || !lt) {
      rejected.push({ line, product: r.product ?? "", reasons })
      return
    }
    rows.push({
      line,
      handle: slugifyVietnamese(r.product!),
      product: r.product!,
      description: r.description || null,
      price,
      producer: { name: r.producer!, legal_type: lt },
      certification: checked.data,
    })
  })
  // The same product twice in one file: keep the first, reject the others.
  const seen = new Map<string, number>()
  for (const row of [...rows]) {
    const first = seen.get(row.handle)
    if (first !== undefined) {
      rows.splice(rows.indexOf(row), 1)
      rejected.push({ line: row.line, product: row.product, reasons: [`product: the same product as line ${first}`] })
    } else seen.set(row.handle, row.line)
  }
  rejected.sort((a, b) => a.line - b.line)
  return { rows, rejected }
}
