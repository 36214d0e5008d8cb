import Medusa from "@medusajs/js-sdk"

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
