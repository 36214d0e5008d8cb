import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The shared package is compiled CommonJS; let Next bundle it like app code.
  transpilePackages: ["@ocop-market/ocop"],
  images: { unoptimized: true },
}

export default nextConfig
