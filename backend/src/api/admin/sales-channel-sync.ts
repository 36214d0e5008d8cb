import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { OCOP_PRODUCT_CHANGED } from "../../modules/ocop/events"

/**
 * Adding products to or removing them from a sales channel (POST /admin/sales-channels/:id/products)
 * emits no product event in Medusa 2.21.2, so the search index would keep the old channels: once
 * the route has answered 2xx, tell the index which products to read again.
 */
export function syncSalesChannelProducts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { add?: string[]; remove?: string[] }
  const ids = [...(body.add ?? []), ...(body.remove ?? [])].filter((x) => typeof x === "string")
  if (ids.length) {
    res.once("finish", () => {
      if (res.statusCode >= 300) return
      const eventBus = req.scope.resolve(Modules.EVENT_BUS)
      void eventBus.emit({ name: OCOP_PRODUCT_CHANGED, data: { ids } }).catch(() => undefined)
    })
  }
  next()
}
