import path from "node:path"
import { defineConfig } from "vitest/config"

/**
 * `npm test`: every workspace's tests in one run.
 * - unit: pure functions and components, no services.
 * - stack: boots the real stack once (fresh database, Meilisearch, built backend and storefront;
 *   tests/support/global-setup.ts) and runs the files one after another against it.
 * - stack-redis: a named subset again on the scaled setup (Redis, 2 servers, 2 workers) and the
 *   tests/scale files; `npm test` runs it after the others, so the two shops never boot at once.
 */
/** Stack tests share one running shop: one file at a time. */
const stackFiles = { fileParallelism: false, testTimeout: 60_000, hookTimeout: 300_000 }

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: { "@": path.resolve(import.meta.dirname, "storefront/src") } },
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "storefront/src/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
        resolve: { alias: { "@": path.resolve(import.meta.dirname, "storefront/src") } },
        test: {
          name: "stack",
          include: [
            "backend/integration-tests/**/*.test.ts",
            "storefront/integration-tests/**/*.test.ts",
            "tests/**/*.test.ts",
          ],
          exclude: ["tests/scale/**"],
          globalSetup: ["tests/support/global-setup.ts"],
          ...stackFiles,
        },
      },
      {
        test: {
          name: "stack-redis",
          // the same tests on the scaled setup, for what crosses processes: checkout and stock
          // locks, the checkout race across two servers, search index updates, campaigns, the
          // producer portal, the expiry job, login limits
          include: [
            "backend/integration-tests/store-checkout.test.ts",
            "backend/integration-tests/checkout-race.test.ts",
            "backend/integration-tests/store-search.test.ts",
            "backend/integration-tests/campaigns.test.ts",
            "backend/integration-tests/producer-portal.test.ts",
            "backend/integration-tests/ocop-catalogue.test.ts",
            "backend/integration-tests/auth-throttle.test.ts",
            "backend/integration-tests/readiness.test.ts",
            "tests/scale/**/*.test.ts",
          ],
          globalSetup: ["tests/support/global-setup-redis.ts"],
          ...stackFiles,
        },
      },
    ],
  },
})
