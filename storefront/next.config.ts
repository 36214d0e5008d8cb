import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The shared package is compiled CommonJS; let Next bundle it like app code.
  transpilePackages: ["@ocop-market/ocop"],
  images: { unoptimized: true },
  // producers upload up to 6 photos of at most 5 MB each through a server action (the backend checks them)
  experimental: { serverActions: { bodySizeLimit: "31mb" } },
}

export default nextConfig
