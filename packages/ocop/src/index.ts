export { formatVnd, isWholeDong } from "./money"
export { foldVietnamese, slugifyVietnamese } from "./text"
export { starForScore, STAR_BANDS, type Star } from "./stars"
export { certificateValidUntil, isCertificateValid, CERTIFICATE_VALIDITY_MONTHS } from "./validity"
