export { formatVnd, isWholeDong } from "./money.js"
export {
  cartLocale,
  ENGLISH_LOCALE,
  medusaLocale,
  SHOP_LOCALES,
  VIETNAMESE_LOCALE,
  type ShopLocale,
} from "./languages.js"
export { foldVietnamese, slugifyVietnamese } from "./text.js"
export { starForScore, STAR_BANDS, type Star } from "./stars.js"
export { certificateValidUntil, isCertificateValid, CERTIFICATE_VALIDITY_MONTHS } from "./validity.js"
export {
  OCOP_GROUPS,
  OCOP_GROUP_CODES,
  GROUPS_1048,
  currentGroup,
  groupDrawingUrl,
  groupLabel,
  isGroupDrawing,
  drawingInLanguage,
  isOcopGroup,
  type OcopGroup,
} from "./groups.js"
export { CARRIERS, CARRIER_CODES, carrierLabel, isCarrier, type Carrier } from "./carriers.js"
export { LEGAL_TYPES, LEGAL_TYPE_CODES, isLegalType, legalTypeLabel, type LegalType } from "./producers.js"
export {
  CERTIFICATION_STATUSES,
  CERTIFYING_RULES,
  ISSUING_LEVELS,
  issuingLevelLabel,
  certificationStatusOn,
  certifyingRule,
  issuingLevelFor,
  validateCertification,
  vietnamToday,
  type CertificationInput,
  type CertificationStatus,
  type IssuingLevel,
} from "./certification.js"
export { formatVietnamesePhone, normalizeVietnamesePhone } from "./contact.js"
export { maskEmail, maskName, maskOrderContacts, maskPhone, type LookupProof } from "./privacy.js"
export {
  computeOcopStats,
  salesByGroup,
  type OcopStats,
  type StatsRow,
  type Count,
  type SaleLine,
  type GroupSales,
} from "./stats.js"
export {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATES,
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
} from "./campaigns.js"
export { ERROR_CODES, fieldError, isErrorCode, type ApiError, type ErrorCode, type FieldError } from "./errors.js"
export type { ProductSearchDocument } from "./search-document.js"
export type { ProducerOrder } from "./portal-types.js"
export type { StoreBankTransfer, StoreGuestOrder, StoreOrderShipment } from "./store-types.js"
export {
  MAX_FACET_RANGES,
  MAX_FACETS,
  MAX_FILTER_NUMBER,
  MAX_LINE_QUANTITY,
  MAX_LIST_OFFSET,
  MAX_PAGE_SIZE,
  MAX_PASSWORD_LENGTH,
  MAX_SEARCH_QUERIES,
  MIN_PASSWORD_LENGTH,
  SIGN_UP_LINK_HOURS,
} from "./limits.js"
export {
  CACHE_TAGS,
  MAX_TAGS_PER_NOTICE,
  groupTag,
  isCacheTag,
  producerTag,
  productTag,
  type CacheTag,
} from "./cache-tags.js"
