import path from "node:path"
import { defineConfig } from "vitest/config"

/**
 * `npm test`: every workspace's tests in one run.
 * - unit: pure functions and components, no services.
 * - stack: boots the real stack once (fresh database, Meilisearch, built backend and storefront;
 *   tests/support/global-setup.ts) and runs the files one after another against it.
 */
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
          globalSetup: ["tests/support/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
