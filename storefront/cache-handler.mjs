// Where the storefront keeps its cached pages and reads (next.config.ts: cacheHandler). With
// REDIS_URL, in Redis, so every storefront instance serves the same cache and one revalidation
// (app/api/revalidate) reaches them all; without it, or while Redis cannot be reached at start,
// in this process's memory.
import fs from "node:fs"
import path from "node:path"
import { createClient } from "redis"
import { CacheHandler } from "@fortedigital/nextjs-cache-handler"
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru"
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings"

/** One namespace per build and shop: a new build or another backend never reads an old page. */
function keyPrefix() {
  let build = "dev"
  try {
    build = fs.readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim()
  } catch {
    // next dev, or during the build itself
  }
  const shop = `${process.env.MEDUSA_BACKEND_URL ?? ""}|${process.env.MEDUSA_PUBLISHABLE_KEY ?? ""}`
  let hash = 0
  for (const c of shop) hash = (Math.imul(hash, 31) + c.charCodeAt(0)) | 0
  return `ocop-storefront:${build}:${(hash >>> 0).toString(36)}:`
}

async function redisHandlers(url) {
  const client = createClient({
    url,
    // a Redis that went away: fail commands at once (a cache miss renders the page) and keep reconnecting
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
  })
  client.on("error", () => {
    // reported once below; reconnects quietly
  })
  try {
    await client.connect()
  } catch (err) {
    console.warn(
      `storefront cache: Redis at ${new URL(url).host} cannot be reached (${err.message}); caching in memory`,
    )
    await client.destroy?.()
    return null
  }
  const prefix = keyPrefix()
  return [
    createRedisHandler({
      client,
      keyPrefix: prefix,
      sharedTagsKey: `${prefix}__tags__`,
      sharedTagsTtlKey: `${prefix}__tag-ttls__`,
      timeoutMs: 1_000,
    }),
  ]
}

CacheHandler.onCreation(async () => {
  globalThis.ocopCacheHandlers ??= (async () => {
    const url = process.env.REDIS_URL?.trim()
    const handlers = (url && (await redisHandlers(url))) || [createLruHandler({ maxItemsNumber: 5_000 })]
    return { handlers }
  })()
  return globalThis.ocopCacheHandlers
})

export default CacheHandler
