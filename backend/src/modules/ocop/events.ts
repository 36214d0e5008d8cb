/**
 * Emitted by the OCOP workflows with the products whose certification or producer changed, so the
 * product search index reads them again (backend/src/search/product.ts).
 */
export const OCOP_PRODUCT_CHANGED = "ocop.product.changed"
