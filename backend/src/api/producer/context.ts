import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { OCOP_MODULE, type OcopModuleService } from "../../modules/ocop"
import { MedusaError } from "@medusajs/framework/utils"
import { refuse } from "../../errors"

export type ProducerRequest<B = unknown> = AuthenticatedMedusaRequest<B> & {
  producer: { staff_id: string; producer_id: string }
}

/**
 * After `authenticate("producer", …)`: the actor is a producer's staff member. A disabled or
 * unknown one is refused (401) even with a valid token; the producer's id comes from the record,
 * never from the request.
 */
export async function producerActor(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const actorId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  const [staff] = actorId ? await ocop.listProducerStaffs({ id: actorId }) : []
  if (!staff || staff.status !== "active") {
    return next(refuse(MedusaError.Types.UNAUTHORIZED, staff ? "account_disabled" : "not_producer"))
  }
  ;(req as ProducerRequest).producer = {
    staff_id: staff.id,
    producer_id: (staff as unknown as { producer_id: string }).producer_id,
  }
  next()
}
