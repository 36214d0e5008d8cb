import type { MiddlewareRoute } from "@medusajs/framework/http"
import { checkTranslations } from "./translations-check"
import { syncSalesChannelProducts } from "./sales-channel-sync"
import { ListQuery, validateAdditionalData, validateBody, validateQuery } from "../utils/validation"
import {
  CampaignInput,
  ImportInput,
  ProducerInput,
  ProducerUpdate,
  ProductOcopAdditionalData,
  RevokeInput,
  StaffInvite,
  StaffStatus,
  TransferNoticeQuery,
  TransferReceived,
} from "./ocop/validators"

/** The province's routes: OCOP data, campaigns, producers' staff; and our part of Medusa's product routes. */
export const adminMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/products", middlewares: [validateAdditionalData(ProductOcopAdditionalData)] },
  {
    method: ["POST"],
    matcher: "/admin/products/:id",
    middlewares: [validateAdditionalData(ProductOcopAdditionalData)],
  },
  { method: ["POST"], matcher: "/admin/sales-channels/:id/products", middlewares: [syncSalesChannelProducts] },
  // the dashboard's translation screens: offered languages only, texts within their fields, no HTML
  { method: ["POST"], matcher: "/admin/translations/batch", middlewares: [checkTranslations] },
  { method: ["GET"], matcher: "/admin/ocop/producers", middlewares: [validateQuery(ListQuery)] },
  { method: ["POST"], matcher: "/admin/ocop/producers", middlewares: [validateBody(ProducerInput)] },
  { method: ["POST"], matcher: "/admin/ocop/producers/:id", middlewares: [validateBody(ProducerUpdate)] },
  { method: ["POST"], matcher: "/admin/ocop/producers/:id/staff", middlewares: [validateBody(StaffInvite)] },
  { method: ["POST"], matcher: "/admin/ocop/producers/:id/staff/:staff_id", middlewares: [validateBody(StaffStatus)] },
  { method: ["POST"], matcher: "/admin/ocop/campaigns", middlewares: [validateBody(CampaignInput)] },
  { method: ["POST"], matcher: "/admin/ocop/certifications/:id/revoke", middlewares: [validateBody(RevokeInput)] },
  { method: ["POST"], matcher: "/admin/ocop/orders/:id/bank-transfer", middlewares: [validateBody(TransferReceived)] },
  { method: ["GET"], matcher: "/admin/ocop/bank-transfers", middlewares: [validateQuery(TransferNoticeQuery)] },
  {
    method: ["POST"],
    matcher: "/admin/ocop/import",
    bodyParser: { sizeLimit: "6mb" },
    middlewares: [validateBody(ImportInput)],
  },
]
