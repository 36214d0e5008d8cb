import Medusa from "@medusajs/js-sdk"
import { clientIpHeaders, STOREFRONT_ITSELF } from "@ocop-market/ocop/revalidation"

export type MedusaConfig = { baseUrl: string; publishableKey: string }

/** Server-side configuration, read at run time (npm start hands the key to the storefront). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): MedusaConfig {
  const baseUrl = env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  const publishableKey = env.MEDUSA_PUBLISHABLE_KEY
  if (!publishableKey) {
    throw new Error(
      "MEDUSA_PUBLISHABLE_KEY is not set: start the shop with `npm start`, or set it to the store's publishable key",
    )
  }
  return { baseUrl, publishableKey }
}

export function createClient(config: MedusaConfig): Medusa {
  // One client serves every visitor: it must never keep a login; each request passes its own token.
  return new Medusa({
    baseUrl: config.baseUrl,
    publishableKey: config.publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    // its calls serve everyone (cached pages): no shopper's address limits them
    globalHeaders: storefrontItself(),
  })
}

/** A read of one thing by its handle: null when the backend says 404, any other failure thrown. */
export function nullIfNotFound<T>(read: Promise<T>): Promise<T | null> {
  return read.catch((e) => {
    if ((e as { status?: number }).status === 404) return null
    throw e
  })
}

let shared: Medusa | undefined
/** The one client the storefront's server components use. */
export function medusa(): Medusa {
  shared ??= createClient(configFromEnv())
  return shared
}

/** The storefront's own calls, signed as such (see lib/api/shopper.ts for a shopper's). */
function storefrontItself(): Record<string, string> {
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET?.trim()
  return secret ? clientIpHeaders(secret, STOREFRONT_ITSELF) : {}
}
