import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import OcopModule from "../modules/ocop"

/** product.ocop_certification ↔ ocop_certification.product (one each). */
export default defineLink(ProductModule.linkable.product, OcopModule.linkable.ocopCertification)
