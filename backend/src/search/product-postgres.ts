/**
 * The same product index served by Medusa's Postgres provider, when SEARCH_POSTGRES_INDEX=true: the
 * tests run one behaviour suite against both providers (backend/integration-tests/search-parity.test.ts).
 */
import { defineSearchIndex } from "@medusajs/framework/utils"
import { POSTGRES_PRODUCT_INDEX, postgresProductIndexEnabled, productIndex } from "./_product-definition"

if (postgresProductIndexEnabled()) defineSearchIndex(productIndex(POSTGRES_PRODUCT_INDEX, "search-postgres"))
