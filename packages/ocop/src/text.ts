/**
 * Folds Vietnamese text for matching: lower case, diacritics removed, "đ" → "d", spaces collapsed.
 * "Nước mắm Lê Gia" → "nuoc mam le gia". The same folding Meilisearch applies, so a handle, a
 * filter value and a search query agree on both sides.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}

/** "Nước mắm Lê Gia – Cốt đặc biệt 40N" → "nuoc-mam-le-gia-cot-dac-biet-40n" (URL handle). */
export function slugifyVietnamese(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
