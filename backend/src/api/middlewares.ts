import { allowFields, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { ListQuery, ProducerInput, ProducerUpdate, productOcopAdditionalData } from "./ocop-validators"

/** Linked OCOP fields the store may ask for on /store/products (fields=+ocop_certification.*,+producer.*). */
const storeProductOcopFields = allowFields("ocop_certification", "ocop_certification.*", "producer", "producer.*")

export default defineMiddlewares({
  routes: [
    { method: ["POST"], matcher: "/admin/products", additionalDataValidator: productOcopAdditionalData },
    { method: ["POST"], matcher: "/admin/products/:id", additionalDataValidator: productOcopAdditionalData },
    { method: ["GET"], matcher: "/store/products", middlewares: [storeProductOcopFields] },
    { method: ["GET"], matcher: "/store/products/:id", middlewares: [storeProductOcopFields] },
    { method: ["GET"], matcher: "/admin/ocop/producers", middlewares: [validateAndTransformQuery(ListQuery, {})] },
    { method: ["POST"], matcher: "/admin/ocop/producers", middlewares: [validateAndTransformBody(ProducerInput)] },
    { method: ["POST"], matcher: "/admin/ocop/producers/:id", middlewares: [validateAndTransformBody(ProducerUpdate)] },
    { method: ["GET"], matcher: "/store/ocop/producers", middlewares: [validateAndTransformQuery(ListQuery, {})] },
  ],
})
