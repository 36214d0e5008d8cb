export { formatVnd, isWholeDong } from "./money"
export { foldVietnamese, slugifyVietnamese } from "./text"
export { starForScore, STAR_BANDS, type Star } from "./stars"
export { certificateValidUntil, isCertificateValid, CERTIFICATE_VALIDITY_MONTHS } from "./validity"
export {
  OCOP_GROUPS,
  OCOP_GROUP_CODES,
  GROUPS_1048,
  currentGroup,
  groupDrawingUrl,
  groupLabel,
  isGroupDrawing,
  isOcopGroup,
  type OcopGroup,
} from "./groups"
export { LEGAL_TYPES, LEGAL_TYPE_CODES, isLegalType, legalTypeLabel, type LegalType } from "./producers"
export {
  CERTIFYING_RULES,
  certificationStatusOn,
  certifyingRule,
  issuingLevelFor,
  validateCertification,
  vietnamToday,
  type CertificationInput,
  type CertificationStatus,
  type FieldError,
  type IssuingLevel,
} from "./certification"
export { formatVietnamesePhone, normalizeVietnamesePhone } from "./contact"
export {
  computeOcopStats,
  salesByGroup,
  type OcopStats,
  type StatsRow,
  type Count,
  type SaleLine,
  type GroupSales,
} from "./stats"
export {
  CAMPAIGN_KINDS,
  campaignKindLabel,
  campaignState,
  discountedPrice,
  periodsOverlap,
  validateCampaignRules,
  campaignResults,
  type CampaignFigures,
  type CampaignSaleLine,
  type CampaignKind,
  type CampaignRulesInput,
  type CampaignState,
  type Discount,
} from "./campaigns"
