import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmCustomerSignUpWorkflow } from "../../../../../workflows/customer-sign-up"
import type { ConfirmSignUpType } from "../../../validators"

/** The confirmation link opened, with the sign-up's password: the account exists from now on, and its login works. */
export async function POST(req: MedusaRequest<ConfirmSignUpType>, res: MedusaResponse) {
  const { result } = await confirmCustomerSignUpWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ customer: { id: result.id, email: result.email } })
}
