import { randomBytes } from "node:crypto"
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { vietQrSettings } from "@ocop-market/medusa-payment-vietqr"
import { vnpaySettings } from "@ocop-market/medusa-payment-vnpay"
import { uploadsDir } from "./src/api/uploads/folder"
import { SEARCH_SYNONYMS } from "./src/search/synonyms"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// `npm start` (scripts/start.ts) sets these for one machine; production sets them itself.
const redisUrl = process.env.REDIS_URL
const stripeApiKey = process.env.STRIPE_API_KEY

// One machine: Medusa's in-process modules. With REDIS_URL (several instances): Medusa's Redis
// modules, each with the options shape 2.21.2 reads — the workflow engine nests its URL under
// `redis` (a flat `redisUrl` crashes every command, migrations included); the others take it flat.
const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
      {
        key: Modules.CACHING,
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/caching-redis",
              id: "caching-redis",
              is_default: true,
              // a cache that cannot answer at once is a miss, not a wait: with Redis gone, reads
              // (the publishable key check before every store route among them) go to the database
              options: { redisUrl, redisOptions: { enableOfflineQueue: false, maxRetriesPerRequest: 0 } },
            },
          ],
        },
      },
    ]
  : [
      // one process: Medusa's Caching Module in memory, so the publishable key check before every
      // store route and the store's product lists are read once, then kept until an event changes them
      { key: Modules.CACHING, resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } },
    ]

// Sessions and tokens are signed with these: never a default anyone can read in Medusa's source.
// `npm start` generates both once per data folder; a production start outside it must set them.
function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = process.env[name]?.trim()
  if (value) return value
  if (process.env.NODE_ENV === "production") {
    throw new Error(`${name}: required in production (a long random string, the same on every backend process)`)
  }
  // development: a fresh one per start (sessions end on restart)
  return randomBytes(32).toString("hex")
}

// A Stripe key without the webhook secret would take webhooks whose signature nobody checks.
if (stripeApiKey && !process.env.STRIPE_WEBHOOK_SECRET?.trim()) {
  throw new Error("STRIPE_WEBHOOK_SECRET: required with STRIPE_API_KEY, to check the signature of Stripe's webhooks")
}

// shared (one process does everything), server (HTTP only) or worker (events, search index, jobs).
// Checked here: Medusa itself would silently treat an unknown value as neither.
const WORKER_MODES = ["shared", "server", "worker"] as const
const workerMode = (process.env.MEDUSA_WORKER_MODE || "shared") as (typeof WORKER_MODES)[number]
if (!WORKER_MODES.includes(workerMode)) {
  throw new Error(`MEDUSA_WORKER_MODE: "${workerMode}" is not one of ${WORKER_MODES.join(", ")}`)
}
// A worker without Redis would wait for events no one can send it. (Server mode without Redis stays
// allowed: Medusa's own commands — db:migrate, exec, user — run in it.)
if (workerMode === "worker" && !redisUrl) {
  throw new Error("MEDUSA_WORKER_MODE=worker needs REDIS_URL: servers and workers meet through Redis")
}

// Bank transfer by VietQR (pp_vietqr_vietqr) when its settings are given; wrong ones are said in one
// line and the shop goes on without it.
const vietQr = vietQrSettings(process.env)
if (vietQr && "error" in vietQr) console.warn(`Bank transfer (VietQR) is not offered: ${vietQr.error}`)

// VNPay (pp_vnpay_vnpay) when its terminal code and secret are given; the shopper comes back to the
// storefront's return page, which only shows the result (the IPN, /hooks/vnpay/ipn, marks it paid).
const vnpay = vnpaySettings(process.env)
if (vnpay && "error" in vnpay) console.warn(`VNPay is not offered: ${vnpay.error}`)

// Cash on delivery is Medusa's built-in system provider (pp_system_default): always there.
const paymentProviders = [
  ...(stripeApiKey
    ? [
        {
          // Medusa's Stripe card provider (pp_stripe_stripe); STRIPE_API_BASE only for a local stand-in
          resolve: "./src/modules/payment-stripe",
          id: "stripe",
          options: {
            apiKey: stripeApiKey,
            webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
            apiBase: process.env.STRIPE_API_BASE || undefined,
          },
        },
      ]
    : []),
  ...(vietQr && "settings" in vietQr
    ? [
        {
          resolve: "@ocop-market/medusa-payment-vietqr",
          id: "vietqr",
          options: {
            bankBin: vietQr.settings.bankBin,
            accountNo: vietQr.settings.accountNo,
            accountName: vietQr.settings.accountName,
            paymentHours: vietQr.settings.paymentHours,
          },
        },
      ]
    : []),
  ...(vnpay && "settings" in vnpay
    ? [
        {
          resolve: "@ocop-market/medusa-payment-vnpay",
          id: "vnpay",
          options: {
            ...vnpay.settings,
            returnUrl: `${process.env.STOREFRONT_URL || "http://localhost:8000"}/thanh-toan/vnpay`,
            returnUrlByLocale: { en: `${process.env.STOREFRONT_URL || "http://localhost:8000"}/en/checkout/vnpay` },
          },
        },
      ]
    : []),
]
const paymentModule = paymentProviders.length
  ? [{ key: Modules.PAYMENT, resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders } }]
  : []

// Notifications (password reset mails): Medusa's local provider writes each mail to the log here;
// production swaps in a real e-mail provider on the same "email" channel.
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }],
  },
}

// Files (producers' product photos): Medusa's local provider; `npm start` keeps them in the data
// folder (UPLOADS_DIR), served at /uploads (src/api/uploads: Medusa's own /static serves the
// folder it runs in, which `medusa build` replaces). Production swaps in S3 or the like.
const fileModule = {
  key: Modules.FILE,
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: {
          upload_dir: uploadsDir(),
          backend_url: `${process.env.MEDUSA_PUBLIC_URL || "http://localhost:9000"}/uploads`,
        },
      },
    ],
  },
}

// Search: Medusa's Search Module with our Meilisearch provider as the default, Medusa's Postgres
// provider kept beside it (the module entry replaces the default one whole).
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: {
    default_provider: "meilisearch",
    // A reindex writes this many documents per provider call and waits for each: Medusa's default
    // (100) made Meilisearch's per-task cost dominate — bench:search measures the difference.
    reindex: { batch_size: Number(process.env.SEARCH_REINDEX_BATCH_SIZE) || 5000 },
    providers: [
      { resolve: "@medusajs/medusa/search-postgres", id: "postgres" },
      {
        resolve: "@ocop-market/medusa-search-meilisearch",
        id: "meilisearch",
        options: {
          host: process.env.MEILISEARCH_HOST || "http://127.0.0.1:7700",
          apiKey: process.env.MEILISEARCH_API_KEY || undefined,
          synonyms: SEARCH_SYNONYMS,
        },
      },
    ],
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    redisUrl,
    // the admin's sessions: with Redis gone, fail at once (the API then answers 503) rather than wait
    redisOptions: { enableOfflineQueue: false },
    workerMode,
    // Medusa marks the admin's session cookie Secure in production; `npm start` serves plain HTTP on
    // localhost, where a Secure cookie is never sent back, so it sets COOKIE_SECURE=false.
    cookieOptions: process.env.COOKIE_SECURE === "false" ? { secure: false } : undefined,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
      // who logs in with what: the province's staff, consumers, and producers' staff (the portal)
      authMethodsPerActor: { user: ["emailpass"], customer: ["emailpass"], producer: ["emailpass"] },
    },
  },
  // translation: product content in English beside the Vietnamese (Medusa's Translation Module)
  featureFlags: { caching: true, translation: true },
  admin: {
    path: "/app",
    // a worker serves no HTTP but its health check: no dashboard there
    disable: process.env.ADMIN_DISABLED === "true" || workerMode === "worker",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "/",
  },
  modules: [
    { resolve: "./src/modules/ocop" },
    { resolve: "./src/modules/trade-promotion" },
    { resolve: "./src/modules/bank-transfer" },
    { resolve: "@medusajs/medusa/translation" },
    searchModule,
    notificationModule,
    fileModule,
    ...redisModules,
    ...paymentModule,
  ],
})
