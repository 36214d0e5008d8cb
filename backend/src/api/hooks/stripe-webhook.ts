import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { refuse } from "../../errors"

/**
 * Medusa answers 200 to every payment webhook and checks the signature later, in a subscriber:
 * a forged or corrupted event would be accepted at the door and only fail in the log. This checks
 * the Stripe signature first (with STRIPE_WEBHOOK_SECRET) and refuses a bad one with 400, which
 * Stripe's dashboard then shows. Replays of a genuine event are harmless: Medusa's payment
 * workflow does nothing to a session that is already in the state the event reports.
 */
export function verifyStripeSignature(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  if (!secret) return next()
  const signature = req.headers["stripe-signature"]
  const raw = (req as MedusaRequest & { rawBody?: Buffer | string }).rawBody
  if (typeof signature !== "string" || !raw) {
    return next(
      refuse(MedusaError.Types.INVALID_DATA, "signature_invalid", {
        field: "stripe-signature",
        message: "stripe-signature: missing header or body",
      }),
    )
  }
  try {
    Stripe.webhooks.constructEvent(raw, signature, secret)
  } catch (e) {
    return next(
      refuse(MedusaError.Types.INVALID_DATA, "signature_invalid", {
        field: "stripe-signature",
        message: `stripe-signature: ${(e as Error).message}`,
      }),
    )
  }
  next()
}
