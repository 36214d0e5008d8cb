import type { SearchTypes } from "@medusajs/framework/types"
import { UnsupportedSearchError } from "./filters"

type Fields = Record<string, SearchTypes.SearchFieldDefinition>

export type FieldSets = {
  searchable: { name: string; weight: number }[]
  filterable: Set<string>
  sortable: Set<string>
  facetable: Set<string>
  retrievable: string[]
  dates: Set<string>
}

/** Walks the definition's fields (objects become dotted paths) and sorts them by role. */
export function fieldSets(fields: Fields, prefix = "", sets?: FieldSets): FieldSets {
  const s = sets ?? {
    searchable: [],
    filterable: new Set(),
    sortable: new Set(),
    facetable: new Set(),
    retrievable: [],
    dates: new Set(),
  }
  for (const [name, def] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${name}` : name
    if (def.type === "geo" || def.type === "vector") {
      throw new UnsupportedSearchError(
        `field "${path}" of type ${def.type} is not supported by this Meilisearch provider`,
      )
    }
    if (def.type === "object") {
      fieldSets(def.fields ?? {}, path, s)
      if (def.retrievable !== false && !def.fields) s.retrievable.push(path)
      continue
    }
    if (def.searchable)
      s.searchable.push({ name: path, weight: typeof def.searchable === "object" ? (def.searchable.weight ?? 1) : 1 })
    if (def.filterable) s.filterable.add(path)
    if (def.facetable) s.facetable.add(path)
    if (def.sortable) s.sortable.add(path)
    if (def.type === "date") s.dates.add(path)
    if (def.retrievable !== false) s.retrievable.push(path)
  }
  return s
}

/** Meilisearch settings for an index definition. */
export function meilisearchSettings(
  index: SearchTypes.ResolvedSearchIndexDefinition,
  synonyms?: Record<string, string[]>,
) {
  const sets = fieldSets(index.fields)
  const typo = index.settings?.typo_tolerance
  return {
    // Higher weight first: Meilisearch ranks by attribute order.
    searchableAttributes: sets.searchable.length
      ? [...sets.searchable].sort((a, b) => b.weight - a.weight).map((f) => f.name)
      : ["*"],
    filterableAttributes: [...new Set([...sets.filterable, ...sets.facetable, index.primary_key])],
    sortableAttributes: [...sets.sortable],
    displayedAttributes: [...new Set([index.primary_key, ...sets.retrievable])],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    distinctAttribute: index.settings?.distinct_attribute ?? null,
    faceting: { maxValuesPerFacet: 500 },
    // Faster indexing: facet values are counted, never searched; word proximity is weighed per
    // attribute (product titles are short), which Meilisearch indexes much faster than per word.
    facetSearch: false,
    proximityPrecision: "byAttribute",
    pagination: { maxTotalHits: 100_000 },
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      minWordSizeForTypos: {
        oneTypo: typo?.min_word_size_for_one_typo ?? 5,
        twoTypos: typo?.min_word_size_for_two_typos ?? 9,
      },
      disableOnAttributes: typo?.disabled_on_attributes ?? [],
    },
    ...(synonyms ? { synonyms } : {}),
  }
}
