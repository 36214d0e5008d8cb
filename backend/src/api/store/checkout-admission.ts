import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type Redis from "ioredis"
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
 * decides: this only keeps the losers out of its queue. With Redis the held units are counted
 * there, for every server together (checked and taken in one script, kept a minute at most should
 * a server die holding them); on one machine, or while Redis is away, in this process.
 */
type Holds = {
  /** Holds the units of every item if each fits; otherwise the first item that does not, holding nothing. */
  take(needs: CartStockNeed[]): Promise<{ short?: CartStockNeed; heldByOthers: number }>
  release(needs: CartStockNeed[]): Promise<void>
}

/** Units held in Redis expire after this, should the server holding them die before it answers. */
const HELD_TTL_MS = 60_000

const local = new Map<string, number>()
const localHeld = (item: string) => local.get(item) ?? 0

const inProcess: Holds = {
  take: async (needs) => {
    const short = needs.find((n) => n.needed > n.available - localHeld(n.inventory_item_id))
    if (short) return { short, heldByOthers: localHeld(short.inventory_item_id) }
    for (const n of needs) local.set(n.inventory_item_id, localHeld(n.inventory_item_id) + n.needed)
    return { heldByOthers: 0 }
  },
  release: async (needs) => {
    for (const n of needs) {
      const left = localHeld(n.inventory_item_id) - n.needed
      if (left > 0) local.set(n.inventory_item_id, left)
      else local.delete(n.inventory_item_id)
    }
  },
}

/** 0 when every item's units fit beside those held (and are then held), else the first that does not and its held units. */
const TAKE_SCRIPT = `
for i = 1, #KEYS do
  local held = tonumber(redis.call('GET', KEYS[i]) or '0')
  if held + tonumber(ARGV[2 * i - 1]) > tonumber(ARGV[2 * i]) then return {i, held} end
end
for i = 1, #KEYS do
  redis.call('INCRBY', KEYS[i], ARGV[2 * i - 1])
  redis.call('PEXPIRE', KEYS[i], ARGV[#ARGV])
end
return {0, 0}`
/** Gives the units back; a count at zero (or below, had it expired meanwhile) is removed. */
const RELEASE_SCRIPT = `
for i = 1, #KEYS do
  if redis.call('DECRBY', KEYS[i], ARGV[i]) <= 0 then redis.call('DEL', KEYS[i]) end
end
return 1`
const heldKey = (item: string) => `ocop-held:${item}`

function inRedis(redis: Redis): Holds {
  const keys = (needs: CartStockNeed[]) => needs.map((n) => heldKey(n.inventory_item_id))
  return {
    take: async (needs) => {
      const [at, held] = (await redis.eval(
        TAKE_SCRIPT,
        needs.length,
        ...keys(needs),
        ...needs.flatMap((n) => [n.needed, n.available]),
        HELD_TTL_MS,
      )) as [number, number]
      return at ? { short: needs[at - 1], heldByOthers: held } : { heldByOthers: 0 }
    },
    release: async (needs) => {
      await redis.eval(RELEASE_SCRIPT, needs.length, ...keys(needs), ...needs.map((n) => n.needed))
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
    const needs = await cartStockNeeds(sqlOf(req.scope), req.params.id!)
    if (!needs.length) return next()
    const store = holds()
    const { short, heldByOthers } = await store.take(needs)
    if (short) {
      const { product, pack, available } = short
      const left = Math.max(0, available - heldByOthers)
      return void res.status(409).json(outOfStock({ product, pack, available: left }))
    }
    // the units go back when this completion answers, whatever it answers (Redis gone: they expire)
    res.once("close", () => void store.release(needs).catch(() => undefined))
    next()
  } catch (e) {
    next(e)
  }
}
