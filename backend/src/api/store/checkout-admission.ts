import { EventEmitter } from "node:events"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cartStockNeeds } from "../../queries/cart-stock"
import { sqlOf } from "../../queries/sql"
import { cartBusy, outOfStock } from "../utils/errors"

/**
 * Admission to checkout when shoppers race for the last units. Medusa's completion reserves stock
 * under a lock per inventory item, so 50 carts for 5 units queue on it one after another and each
 * runs the whole order workflow before it learns there is nothing left (p95 ≈ 10 s, and lock
 * timeouts). Here, before Medusa's route: a cart whose units are more than the stock left is refused
 * at once (409 `out_of_stock`, naming the product and pack); one that would fit only if completions
 * under way fail waits for them; the others go on, their units held here until they answer.
 * Medusa's reservation still decides: this only keeps the losers out of its queue. The units held
 * are this server's (several servers each admit up to the stock; Medusa's lock settles between them).
 */
const held = new Map<string, number>()
const released = new EventEmitter().setMaxListeners(0)
/** A completion waiting longer than this for others to answer gives up with 409 `cart_busy`. */
const WAIT_MS = 15_000

const heldOf = (item: string) => held.get(item) ?? 0

function hold(items: { inventory_item_id: string; needed: number }[], res: MedusaResponse) {
  for (const i of items) held.set(i.inventory_item_id, heldOf(i.inventory_item_id) + i.needed)
  res.once("close", () => {
    for (const i of items) {
      const left = heldOf(i.inventory_item_id) - i.needed
      if (left > 0) held.set(i.inventory_item_id, left)
      else held.delete(i.inventory_item_id)
    }
    released.emit("released")
  })
}

/** Resolves when a held completion answers, or after `ms` (a change made elsewhere is seen then). */
const nextRelease = (ms: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      released.off("released", done)
      resolve()
    }
    released.once("released", done)
  })

export async function admitCheckout(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const sql = sqlOf(req.scope)
  const deadline = Date.now() + WAIT_MS
  try {
    for (;;) {
      const needs = await cartStockNeeds(sql, req.params.id!)
      const short = needs.find((n) => n.needed > n.available)
      if (short) {
        const { product, pack, available } = short
        return void res.status(409).json(outOfStock({ product, pack, available: Math.max(0, available) }))
      }
      if (needs.every((n) => n.needed <= n.available - heldOf(n.inventory_item_id))) {
        hold(needs, res)
        return next()
      }
      if (Date.now() > deadline) return void res.status(409).json(cartBusy())
      await nextRelease(500)
    }
  } catch (e) {
    next(e)
  }
}
