import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../context"

/** Who is logged in, and for which producer. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer_staff",
    fields: ["id", "email", "name", "status", "producer.id", "producer.name", "producer.handle", "producer.legal_type"],
    filters: { id: req.producer.staff_id },
  })
  res.json({ staff: data[0] })
}
