import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../utils/validation"
import { verifyBankNotice } from "./bank-notice"
import { verifyStripeSignature } from "./stripe-webhook"
import { BankNotice } from "./validators"

/** Payment providers' webhooks: signatures are checked at the door. */
export const hooksMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/hooks/payment/stripe_stripe", middlewares: [verifyStripeSignature] },
  // bank transfers (VietQR): the bank-notification service's signed notices
  {
    method: ["POST"],
    matcher: "/hooks/vietqr",
    bodyParser: { preserveRawBody: true },
    middlewares: [verifyBankNotice, validateBody(BankNotice)],
  },
]
