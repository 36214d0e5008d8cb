import "server-only"
import Medusa from "@medusajs/js-sdk"
import { headers } from "next/headers"
import { configFromEnv } from "@/lib/medusa/client"
import { clientIpHeaders } from "@ocop-market/ocop/revalidation"

/**
 * The shopper's address for the backend's per-address limits, signed with the secret the two
 * share (packages/ocop/src/revalidation.ts). Next puts the connecting address in X-Forwarded-For when no proxy did; behind a
 * proxy, the proxy must set that header itself (not append to one the visitor sent).
 */
export async function shopperHeaders(): Promise<Record<string, string>> {
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET?.trim()
  const ip = await shopperIp()
  if (!secret || !ip) return {}
  return clientIpHeaders(secret, ip)
}

/** The shopper's network address as Next received it (X-Forwarded-For), or "" when there is none. */
export async function shopperIp(): Promise<string> {
  return (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim().slice(0, 64) ?? ""
}

/**
 * A client for calls made on one shopper's behalf (logins, registrations, resets): the backend
 * counts their attempts at the shopper's address, not the storefront's. Made per call; cheap.
 */
export async function shopperClient(): Promise<Medusa> {
  const { baseUrl, publishableKey } = configFromEnv()
  return new Medusa({
    baseUrl,
    publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    globalHeaders: await shopperHeaders(),
  })
}
