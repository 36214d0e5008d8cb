import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

/**
 * The same on every page, so a page served from cache keeps them (no per-request nonce). Scripts:
 * our own and Next's inline bootstrap ('unsafe-inline': Next writes its page data inline), Stripe's
 * for the card form; images from anywhere (product photos come from the backend's address);
 * nothing may frame the shop.
 */
const STRIPE = "https://js.stripe.com https://*.stripe.com"
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""} ${STRIPE}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: http: https:",
  "font-src 'self' data:",
  `connect-src 'self' ${STRIPE}`,
  `frame-src ${STRIPE}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ")
const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CSP },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(self)" },
  // only when the shop is served over HTTPS (a browser ignores it over plain HTTP)
  ...(process.env.STOREFRONT_URL?.startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
    : []),
]

const nextConfig: NextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }]
  },
  reactStrictMode: true,
  poweredByHeader: false,
  // the shared package: bundled like app code (its ESM build)
  transpilePackages: ["@ocop-market/ocop"],
  images: { unoptimized: true },
  // cached pages and reads live in cache-handler.mjs (Redis with REDIS_URL), not in each process
  cacheHandler: require.resolve("./cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // producers upload up to 6 photos of at most 5 MB each through a server action (the backend checks them)
  experimental: { serverActions: { bodySizeLimit: "31mb" } },
}

// next-intl reads the request's language in src/i18n/request.ts
export default createNextIntlPlugin()(nextConfig)
