import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // the shared package: bundled like app code (its ESM build)
  transpilePackages: ["@ocop-market/ocop"],
  images: { unoptimized: true },
  // producers upload up to 6 photos of at most 5 MB each through a server action (the backend checks them)
  experimental: { serverActions: { bodySizeLimit: "31mb" } },
}

// next-intl reads the request's language in src/i18n/request.ts
export default createNextIntlPlugin()(nextConfig)
