// Where the storefront keeps its cached pages and reads (next.config.ts: cacheHandler). With
// REDIS_URL, in Redis, so every storefront instance serves the same cache and one revalidation
// (app/api/revalidate) reaches them all; without it, or while Redis cannot be reached, in this
// process's memory.
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

/**
 * Redis when it answers, this process's memory while it does not (the shop keeps serving pages,
 * rendering what it cannot read). When Redis comes back after an outage, the shared entries are
 * dropped: notices received meanwhile reached memory only, so what Redis held may be stale.
 */
function redisOrMemory(url) {
  const local = createLruHandler({ maxItemsNumber: 5_000 })
  const prefix = keyPrefix()
  const client = createClient({
    url,
    // a Redis that went away: fail commands at once (a cache miss renders the page) and keep reconnecting
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
  })
  let missed = false
  client.on("error", () => {
    if (!missed) console.warn(`storefront cache: Redis at ${new URL(url).host} cannot be reached; caching in memory`)
    missed = true
  })
  // back: Redis is used again once what it held from before is dropped (tried again until it is)
  let recovering = false
  const recover = () => {
    if (recovering) return
    recovering = true
    dropShared(client, prefix)
      .then(() => {
        missed = false
        console.warn("storefront cache: Redis is back; its entries from before were dropped")
      })
      .catch((err) => console.warn(`storefront cache: Redis is back but cannot be cleared yet (${err.message})`))
      .finally(() => (recovering = false))
  }
  client.on("ready", () => missed && recover())
  // the first pages wait for the connection a moment (else they would be rendered into memory)
  const connected = new Promise((resolve) => {
    client.once("ready", resolve)
    setTimeout(resolve, 2_000)
  })
  client.connect().catch(() => undefined)
  const shared = createRedisHandler({
    client,
    keyPrefix: prefix,
    sharedTagsKey: "__tags__",
    sharedTagsTtlKey: "__tag-ttls__",
    timeoutMs: 1_000,
  })
  const ready = () => {
    if (!client.isReady) return false
    if (missed) recover()
    return !missed
  }
  return connected
    .then(() => {
      console.log(
        `storefront cache: ${client.isReady ? "in Redis" : "in memory until Redis answers"} (${new URL(url).host})`,
      )
    })
    .then(() => ({
      name: "redis-or-memory",
      async get(...args) {
        if (ready()) return shared.get(...args).catch(() => null)
        return local.get(...args)
      },
      async set(...args) {
        if (ready())
          return shared.set(...args).catch((err) => {
            console.warn(`storefront cache: cannot write ${args[0]} to Redis (${err.message}); kept in memory`)
            return local.set(...args)
          })
        return local.set(...args)
      },
      async revalidateTag(...args) {
        await local.revalidateTag(...args)
        if (!ready()) {
          missed = true
          return
        }
        await shared.revalidateTag(...args).catch(() => {
          missed = true
          if (client.isReady) void recover()
        })
      },
      async delete(...args) {
        await local.delete?.(...args)
        if (ready()) await shared.delete?.(...args).catch(() => undefined)
      },
    }))
}

async function dropShared(client, prefix) {
  for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1_000 })) {
    const keys = Array.isArray(batch) ? batch : [batch]
    if (keys.length) await client.unlink(keys)
  }
}

CacheHandler.onCreation(async () => {
  globalThis.ocopCacheHandlers ??= (async () => {
    const url = process.env.REDIS_URL?.trim()
    return { handlers: [url ? await redisOrMemory(url) : createLruHandler({ maxItemsNumber: 5_000 })] }
  })()
  return globalThis.ocopCacheHandlers
})

export default CacheHandler
