export type Star = 3 | 4 | 5

/** OCOP star bands by score out of 100. Below 50 points a product is not certified. */
export const STAR_BANDS: ReadonlyArray<{ star: Star; min: number; max: number }> = [
  { star: 3, min: 50, max: 69 },
  { star: 4, min: 70, max: 89 },
  { star: 5, min: 90, max: 100 },
]

/** The star a score earns, or null when the score does not certify (below 50). */
export function starForScore(score: number): Star | null {
  if (!Number.isInteger(score) || score < 0 || score > 100) {
    throw new RangeError(`score must be a whole number from 0 to 100, got ${score}`)
  }
  return STAR_BANDS.find((b) => score >= b.min && score <= b.max)?.star ?? null
}
