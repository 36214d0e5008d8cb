import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop-market/ocop"
import { refuse } from "../../errors"

/**
 * A payment session for a collection that does not exist: Medusa's workflow reads the missing
 * collection's amount and answers 500. It is a 404 naming the collection, before the workflow.
 */
export async function paymentCollectionExists(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment_collection", fields: ["id"], filters: { id: req.params.id! } })
  if (data.length) return next()
  next(
    refuse(MedusaError.Types.NOT_FOUND, "not_found", {
      field: "id",
      message: `payment collection ${ERROR_CODES.not_found}`,
    }),
  )
}
