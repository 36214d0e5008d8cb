import type { MiddlewareRoute } from "@medusajs/framework/http"
import { verifyStripeSignature } from "./stripe-webhook"

/** Payment providers' webhooks: signatures are checked at the door. */
export const hooksMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/hooks/payment/stripe_stripe", middlewares: [verifyStripeSignature] },
]
