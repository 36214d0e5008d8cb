import {
  authenticate,
  configureStoreSearch,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { POSTGRES_PRODUCT_INDEX, postgresProductIndexEnabled } from "../search/_product-definition"
import { syncSalesChannelProducts } from "./sales-channel-sync"
import { verifyStripeSignature } from "./stripe-webhook"
import { producerActor } from "./producer/context"
import { productImageUpload } from "./producer/image-upload"
import {
  CampaignInput,
  DraftProduct,
  NewPack,
  OwnProductUpdate,
  ImportInput,
  InviteAccept,
  ShipLine,
  ListQuery,
  OwnPrice,
  OwnStock,
  StaffInvite,
  StaffStatus,
  ProducerInput,
  ProducerUpdate,
  productOcopAdditionalData,
  RevokeInput,
} from "./ocop-validators"

/**
 * Linked OCOP fields the store may ask for on /store/products (fields=+ocop_certification.*,+producer.*).
 * Medusa 2.21.2 runs a project's middlewares after the core ones of the same route, so
 * `allowFields` comes too late for /store/products (its field list is already filtered): this puts
 * the requested OCOP fields, and only those, back into the query the route will run.
 */
const OCOP_FIELD = /^[+*]?((?:ocop_certification|producer)(?:\.[a-z_]+|\.\*)?)$/
function storeProductOcopFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const requested = String(req.query.fields ?? "")
    .split(",")
    .map((f) => f.trim())
  const extra = requested
    .map((f) => OCOP_FIELD.exec(f)?.[1])
    .filter((f): f is string => !!f)
    .map((f) => (f.includes(".") ? f : `${f}.*`))
  if (extra.length && req.queryConfig) {
    req.queryConfig.fields = [...new Set([...(req.queryConfig.fields ?? []), ...extra])]
  }
  next()
}

export default defineMiddlewares({
  routes: [
    { method: ["POST"], matcher: "/admin/products", additionalDataValidator: productOcopAdditionalData },
    { method: ["POST"], matcher: "/admin/products/:id", additionalDataValidator: productOcopAdditionalData },
    // POST /store/search: the product index only; Medusa adds published + sales channel filters.
    {
      matcher: "/store/search",
      middlewares: [
        configureStoreSearch({
          allowed_indexes: {
            product: true,
            ...(postgresProductIndexEnabled() ? { [POSTGRES_PRODUCT_INDEX]: true } : {}),
          },
        }),
      ],
    },
    { method: ["POST"], matcher: "/admin/sales-channels/:id/products", middlewares: [syncSalesChannelProducts] },
    { method: ["POST"], matcher: "/hooks/payment/stripe_stripe", middlewares: [verifyStripeSignature] },
    { method: ["GET"], matcher: "/store/products", middlewares: [storeProductOcopFields] },
    { method: ["GET"], matcher: "/store/products/:id", middlewares: [storeProductOcopFields] },
    { method: ["GET"], matcher: "/admin/ocop/producers", middlewares: [validateAndTransformQuery(ListQuery, {})] },
    { method: ["POST"], matcher: "/admin/ocop/producers", middlewares: [validateAndTransformBody(ProducerInput)] },
    { method: ["POST"], matcher: "/admin/ocop/producers/:id", middlewares: [validateAndTransformBody(ProducerUpdate)] },
    { method: ["GET"], matcher: "/store/ocop/producers", middlewares: [validateAndTransformQuery(ListQuery, {})] },
    { method: ["POST"], matcher: "/admin/ocop/campaigns", middlewares: [validateAndTransformBody(CampaignInput)] },
    {
      method: ["POST"],
      matcher: "/admin/ocop/producers/:id/staff",
      middlewares: [validateAndTransformBody(StaffInvite)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ocop/producers/:id/staff/:staff_id",
      middlewares: [validateAndTransformBody(StaffStatus)],
    },
    // The producer portal: a producer's staff only (actor type `producer`), active accounts only.
    // Taking up an invite needs the new identity's registration token, nothing more.
    {
      method: ["POST"],
      matcher: "/producer/invites/accept",
      middlewares: [
        authenticate("producer", ["bearer"], { allowUnregistered: true }),
        validateAndTransformBody(InviteAccept),
      ],
    },
    { matcher: "/producer/me*", middlewares: [authenticate("producer", ["session", "bearer"]), producerActor] },
    { matcher: "/producer/products*", middlewares: [authenticate("producer", ["session", "bearer"]), producerActor] },
    { matcher: "/producer/orders*", middlewares: [authenticate("producer", ["session", "bearer"]), producerActor] },
    { matcher: "/producer/campaigns*", middlewares: [authenticate("producer", ["session", "bearer"]), producerActor] },
    {
      method: ["POST"],
      matcher: "/producer/products/:id/variants/:variant_id/stock",
      middlewares: [validateAndTransformBody(OwnStock)],
    },
    {
      method: ["POST"],
      matcher: "/producer/products/:id/variants/:variant_id/price",
      middlewares: [validateAndTransformBody(OwnPrice)],
    },
    {
      method: ["POST"],
      matcher: "/producer/orders/:id/lines/:line_id/ship",
      middlewares: [validateAndTransformBody(ShipLine)],
    },
    { method: ["POST"], matcher: "/producer/products", middlewares: [validateAndTransformBody(DraftProduct)] },
    { method: ["POST"], matcher: "/producer/products/:id/variants", middlewares: [validateAndTransformBody(NewPack)] },
    // photos: multipart, parsed in memory and checked (type by content, size, dimensions) before any workflow
    {
      method: ["POST"],
      matcher: "/producer/products/:id/images",
      bodyParser: false,
      middlewares: [productImageUpload],
    },
    { method: ["POST"], matcher: "/producer/products/:id", middlewares: [validateAndTransformBody(OwnProductUpdate)] },
    {
      method: ["POST"],
      matcher: "/admin/ocop/certifications/:id/revoke",
      middlewares: [validateAndTransformBody(RevokeInput)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ocop/import",
      bodyParser: { sizeLimit: "6mb" },
      middlewares: [validateAndTransformBody(ImportInput)],
    },
  ],
})
