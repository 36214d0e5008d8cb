import type { MedusaResponse } from "@medusajs/framework/http"
import { ordersWithProducts } from "../../../queries/producer-orders"
import { productIdsOfProducers } from "../../../queries/producer-products"
import { sqlOf } from "../../../queries/sql"
import type { ProducerRequest } from "../context"

/**
 * Orders that contain the producer's products: only its own lines, and the delivery address it
 * needs to ship; the shopper's other purchases stay hidden.
 */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const own = await productIdsOfProducers(req.scope, req.producer.producer_id)
  res.json({ orders: await ordersWithProducts(sqlOf(req.scope), own) })
}
