import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { changeCustomerPasswordWorkflow } from "../../../../../workflows/customer-password"
import type { PasswordChangeType } from "../../../validators"

/** The logged-in shopper's new password, with the current one; the owner is told by mail. */
export async function POST(req: AuthenticatedMedusaRequest<PasswordChangeType>, res: MedusaResponse) {
  const customers: ICustomerModuleService = req.scope.resolve(Modules.CUSTOMER)
  const customer = await customers.retrieveCustomer(req.auth_context.actor_id)
  await changeCustomerPasswordWorkflow(req.scope).run({
    input: { ...req.validatedBody, email: customer.email },
  })
  res.json({ changed: true })
}
