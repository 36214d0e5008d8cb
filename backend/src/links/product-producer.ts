import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import OcopModule from "../modules/ocop"

/** product.producer (one) ↔ producer.products (many). */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, OcopModule.linkable.producer)
