/** The storefront's one door to the Medusa backend. */
export { configFromEnv, createClient, medusa, type MedusaConfig } from "./client"
export { getProductByHandle, getVietnamRegion, listProducts, toSummary } from "./products"
export type { Certification, ProductSummary, VariantSummary } from "./types"
export {
  PAGE_SIZE,
  PRICE_BANDS,
  searchCatalogue,
  searchProducts,
  type CatalogueQuery,
  type CatalogueResult,
  type FacetValue,
  type ProductHit,
} from "./search"
export { suggestFromDatabase, suggestProducts, type Suggestion } from "./suggest"
export { getProgrammeStats, type ProgrammeStats } from "./stats"
export { activeCampaignsByProduct, campaignPrice, getCampaign, listCampaigns, type Campaign } from "./campaigns"
