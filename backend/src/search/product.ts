/**
 * The product index: what a shopper searches and narrows by. Served by the Meilisearch provider
 * (packages/medusa-search-meilisearch) on POST /store/search; `status` and `sales_channel_ids` make
 * the store route show only published products of the caller's sales channel.
 */
import { defineSearchIndex } from "@medusajs/framework/utils"
import { productIndex } from "./_product-definition"

export default defineSearchIndex(productIndex("product", "meilisearch"))
