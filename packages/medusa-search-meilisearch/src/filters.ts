/**
 * Medusa Search Module filters → Meilisearch filter expressions. Values are always quoted or
 * numeric, so no value can change the expression; what Meilisearch cannot express is refused.
 */
import type { SearchTypes } from "@medusajs/framework/types"

export class UnsupportedSearchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "UnsupportedSearchError"
  }
}

type Value = SearchTypes.SearchFilterValue

/** A literal Meilisearch reads as exactly this value. */
export function literal(value: Value): string {
  if (value === null) throw new UnsupportedSearchError("null is compared with $exists, not as a value")
  if (value instanceof Date) return String(value.getTime()) // dates are stored as epoch milliseconds
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new UnsupportedSearchError(`${value} is not a number a filter can use`)
    return String(value)
  }
  if (typeof value === "boolean") return value ? "true" : "false"
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** Field names are checked against the index, then written as they are (letters, digits, _ and .). */
function field(name: string, filterable: Set<string>): string {
  if (!/^[A-Za-z0-9_.]+$/.test(name)) throw new UnsupportedSearchError(`"${name}" is not a field name`)
  if (!filterable.has(name)) throw new UnsupportedSearchError(`field "${name}" is not filterable in this index`)
  return name
}

const COMPARE: Record<string, string> = { $eq: "=", $ne: "!=", $lt: "<", $lte: "<=", $gt: ">", $gte: ">=" }

function isOperatorMap(v: unknown): v is Record<string, unknown> {
  return (
    !!v &&
    typeof v === "object" &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    Object.keys(v).some((k) => k.startsWith("$"))
  )
}

function list(values: unknown, op: string, name: string): string {
  if (!Array.isArray(values) || !values.length)
    throw new UnsupportedSearchError(`${op} on "${name}" needs a non-empty list`)
  return `[${values.map((v) => literal(v as Value)).join(", ")}]`
}

function operators(name: string, ops: Record<string, unknown>): string[] {
  const parts: string[] = []
  for (const [op, value] of Object.entries(ops)) {
    if (op in COMPARE) {
      if (value === null && (op === "$eq" || op === "$ne"))
        parts.push(op === "$eq" ? `${name} IS NULL` : `${name} IS NOT NULL`)
      else parts.push(`${name} ${COMPARE[op]} ${literal(value as Value)}`)
    } else if (op === "$in" || op === "$overlaps") parts.push(`${name} IN ${list(value, op, name)}`)
    else if (op === "$nin") parts.push(`${name} NOT IN ${list(value, op, name)}`)
    else if (op === "$exists") parts.push(value ? `${name} EXISTS` : `${name} NOT EXISTS`)
    else if (op === "$contains") {
      // An array field equals a value when any element does: containing all values = all of them.
      const values = Array.isArray(value) ? value : [value]
      parts.push(...values.map((v) => `${name} = ${literal(v as Value)}`))
    } else {
      throw new UnsupportedSearchError(`operator ${op} on "${name}" cannot be expressed in Meilisearch`)
    }
  }
  return parts
}

/** Compiles filters (without `q`) to one Meilisearch expression, or undefined when there are none. */
const isFilterObject = (v: unknown): boolean =>
  !!v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)

export function compileFilters(
  filters: SearchTypes.SearchFilters | undefined,
  filterable: Set<string>,
  prefix = "",
): string | undefined {
  if (!filters) return undefined
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || key === "q") continue
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(value) || !value.every(isFilterObject)) {
        throw new UnsupportedSearchError(`${key} takes a list of filter objects`)
      }
      const subs = (value as SearchTypes.SearchFilters[])
        .map((f) => compileFilters(f, filterable, prefix))
        .filter(Boolean)
      if (subs.length) parts.push(`(${subs.map((s) => `(${s})`).join(key === "$and" ? " AND " : " OR ")})`)
      continue
    }
    if (key === "$not") {
      if (!isFilterObject(value)) throw new UnsupportedSearchError("$not takes a filter object")
      const sub = compileFilters(value as SearchTypes.SearchFilters, filterable, prefix)
      if (sub) parts.push(`NOT (${sub})`)
      continue
    }
    if (key.startsWith("$")) throw new UnsupportedSearchError(`operator ${key} cannot be used here`)
    const path = prefix ? `${prefix}.${key}` : key
    if (isOperatorMap(value)) {
      parts.push(...operators(field(path, filterable), value))
    } else if (Array.isArray(value)) {
      parts.push(`${field(path, filterable)} IN ${list(value, "a list", path)}`)
    } else if (value && typeof value === "object" && !(value instanceof Date)) {
      const sub = compileFilters(value as SearchTypes.SearchFilters, filterable, path)
      if (sub) parts.push(sub)
    } else if (value === null) {
      parts.push(`${field(path, filterable)} IS NULL`)
    } else {
      parts.push(`${field(path, filterable)} = ${literal(value as Value)}`)
    }
  }
  return parts.length ? parts.join(" AND ") : undefined
}
