import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type Redis from "ioredis"
import { randomUUID } from "node:crypto"
import { cartStockNeeds, type CartStockNeed } from "../../queries/cart-stock"
import { sqlOf } from "../../queries/sql"
import { outOfStock } from "../utils/errors"
import { fastRedis, redisAnswers } from "../utils/redis-health"

/**
 * Admission to checkout when shoppers race for the last units. Medusa's completion reserves stock
 * under a lock per inventory item, so 50 carts for 5 units queue on it one after another and each
 * runs the whole order workflow before it learns there is nothing left (p95 ≈ 10 s, and lock
 * timeouts). Here, before Medusa's route: the units a completion takes are held until it answers,
 * and a cart whose units no longer fit beside the stock left and the units held is refused at once
 * (409 `out_of_stock`, naming the product and pack) rather than waiting for the others to finish
 * (should one of them fail, its units are back for the next try). Medusa's reservation still
 * decides: this only keeps the losers out of its queue, so where it cannot tell it lets a cart in.
 *
 * A completion that has reserved but not yet answered counts twice, in the stock left and in its
 * hold: holds are stamped with the time the stock was read, and units reserved since the oldest
 * hold are taken off the units held (never below none; some may be another's, which only lets one
 * more cart in). With Redis the holds are kept there, for every server together (checked and taken
 * in one script, each expiring a minute after it was taken should its server die holding it); on
 * one machine, or while Redis is away, in this process.
 */
type Hold = { id: string; needs: CartStockNeed[] }
type Holds = {
  /** Holds the units of every item if each fits; otherwise the first item that does not, holding nothing. */
  take(hold: Hold): Promise<{ short?: CartStockNeed; heldByOthers: number }>
  release(hold: Hold): Promise<void>
}

/** A hold expires after this, should the server holding it die before its completion answers. */
const HELD_TTL_MS = 60_000
/** Reservations made up to this long before a hold count as its own (clocks of several servers). */
const CLOCK_MARGIN_MS = 5_000

/** Units held beyond those already reserved: `held` units in holds, the oldest read at `since`. */
export function unreservedHeld(held: number, since: number, recent: [number, number][]) {
  const reserved = recent.reduce((sum, [at, units]) => (at >= since - CLOCK_MARGIN_MS ? sum + units : sum), 0)
  return Math.max(0, held - reserved)
}

const local = new Map<string, Map<string, { units: number; readAt: number }>>()

const inProcess: Holds = {
  take: async ({ id, needs }) => {
    const heldFor = (n: CartStockNeed) => {
      const holds = [...(local.get(n.inventory_item_id)?.values() ?? [])]
      if (!holds.length) return 0
      const since = Math.min(...holds.map((h) => h.readAt))
      return unreservedHeld(
        holds.reduce((sum, h) => sum + h.units, 0),
        since,
        n.recent,
      )
    }
    for (const n of needs) {
      const held = heldFor(n)
      if (n.needed + held > n.available) return { short: n, heldByOthers: held }
    }
    for (const n of needs) {
      const holds = local.get(n.inventory_item_id) ?? new Map()
      local.set(n.inventory_item_id, holds.set(id, { units: n.needed, readAt: n.read_at }))
    }
    return { heldByOthers: 0 }
  },
  release: async ({ id, needs }) => {
    for (const n of needs) {
      const holds = local.get(n.inventory_item_id)
      holds?.delete(id)
      if (holds && !holds.size) local.delete(n.inventory_item_id)
    }
  },
}

/**
 * KEYS: one hash of holds per item (hold id → "units:read at:expires at"). ARGV: the hold's id, the
 * time to live, then per item its units needed, units left, when they were read, and its recent
 * reservations as "at,units,at,units…". {0, 0} when every item fits (and is then held), else
 * {i, units held} for the first that does not.
 */
const TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[2])
for i = 1, #KEYS do
  local o = 2 + 4 * (i - 1)
  local needed, available = tonumber(ARGV[o + 1]), tonumber(ARGV[o + 2])
  local held, since = 0, nil
  local entries = redis.call('HGETALL', KEYS[i])
  for j = 1, #entries, 2 do
    local units, read_at, expires = string.match(entries[j + 1], '^(%d+):([%d.]+):(%d+)$')
    if tonumber(expires) < now then
      redis.call('HDEL', KEYS[i], entries[j])
    else
      held = held + tonumber(units)
      if since == nil or tonumber(read_at) < since then since = tonumber(read_at) end
    end
  end
  if since ~= nil then
    local reserved = 0
    for at, units in string.gmatch(ARGV[o + 4], '([%d.]+),(%d+)') do
      if tonumber(at) >= since - ${CLOCK_MARGIN_MS} then reserved = reserved + tonumber(units) end
    end
    held = math.max(0, held - reserved)
  end
  if needed + held > available then return {i, held} end
end
for i = 1, #KEYS do
  local o = 2 + 4 * (i - 1)
  redis.call('HSET', KEYS[i], ARGV[1], ARGV[o + 1] .. ':' .. ARGV[o + 3] .. ':' .. string.format('%.0f', now + ttl))
  redis.call('PEXPIRE', KEYS[i], ttl)
end
return {0, 0}`
const heldKey = (item: string) => `ocop-holds:${item}`

function inRedis(redis: Redis): Holds {
  const keys = (needs: CartStockNeed[]) => needs.map((n) => heldKey(n.inventory_item_id))
  return {
    take: async ({ id, needs }) => {
      const [at, held] = (await redis.eval(
        TAKE_SCRIPT,
        needs.length,
        ...keys(needs),
        id,
        HELD_TTL_MS,
        ...needs.flatMap((n) => [n.needed, n.available, n.read_at, n.recent.flat().join(",")]),
      )) as [number, number]
      return at ? { short: needs[at - 1], heldByOthers: held } : { heldByOthers: 0 }
    },
    release: async ({ id, needs }) => {
      await Promise.all(keys(needs).map((key) => redis.hdel(key, id)))
    },
  }
}

/** Redis when it is set and answers now; this process otherwise. */
function holds(): Holds {
  const redis = fastRedis()
  return redis && redisAnswers() ? inRedis(redis) : inProcess
}

export async function admitCheckout(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const needs = await cartStockNeeds(sqlOf(req.scope), req.params.id!, HELD_TTL_MS + CLOCK_MARGIN_MS)
    if (!needs.length) return next()
    const store = holds()
    const hold = { id: `${req.params.id}:${randomUUID()}`, needs }
    const { short, heldByOthers } = await store.take(hold)
    if (short) {
      const { product, pack, available } = short
      const left = Math.max(0, available - heldByOthers)
      return void res.status(409).json(outOfStock({ product, pack, available: left }))
    }
    // the units go back when this completion answers, whatever it answers (Redis gone: they expire)
    res.once("close", () => void store.release(hold).catch(() => undefined))
    next()
  } catch (e) {
    next(e)
  }
}
