import type { MedusaResponse } from "@medusajs/framework/http"
import { producerCampaignShares } from "../../../queries/campaign-results"
import { productIdsOfProducers } from "../../../queries/producer-products"
import type { ProducerRequest } from "../context"

/** The campaigns that cover the producer's products, and its own share of their results. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const { producer_id } = req.producer
  const own = await productIdsOfProducers(req.scope, producer_id)
  res.json({ campaigns: await producerCampaignShares(req.scope, producer_id, own) })
}
