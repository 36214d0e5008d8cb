/**
 * Medusa's own Stripe card provider, unchanged, plus one option: `apiBase` sends the Stripe SDK to
 * another address (host and port). Production leaves it unset and talks to api.stripe.com; the
 * tests point it at a local stand-in of the PaymentIntents API, because these machines cannot
 * reach Stripe. Every other line of the payment path is Medusa's.
 */
import { createRequire } from "node:module"
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
// The package publishes its services only from dist (no exports map): the card provider.
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"

// The same stripe SDK version the provider was built with (its own dependency, not ours).
const StripeSdk = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")

type Options = { apiKey: string; webhookSecret?: string; apiBase?: string; capture?: boolean }

class StripeCardService extends StripeProviderService {
  static identifier = StripeProviderService.identifier

  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    if (options.apiBase) {
      const url = new URL(options.apiBase)
      ;(this as any).stripe_ = new StripeSdk(options.apiKey, {
        host: url.hostname,
        port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
        protocol: url.protocol.replace(":", ""),
        maxNetworkRetries: 0,
      })
    }
  }
}

export default ModuleProvider(Modules.PAYMENT, { services: [StripeCardService] })
