import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { signUpCustomerWorkflow } from "../../../../workflows/customer-sign-up"
import type { SignUpType } from "../../validators"

/**
 * A shopper signs up. The answer is the same for every address, new or known: a mail is on its way
 * (a confirmation link, or a note to the owner of an account that exists), and it comes no sooner
 * than a fixed time after the request (api/store/middlewares.ts), so its time tells nothing either.
 */
export async function POST(req: MedusaRequest<SignUpType>, res: MedusaResponse) {
  const { full_name, ...rest } = req.validatedBody
  await signUpCustomerWorkflow(req.scope).run({ input: { ...rest, first_name: full_name } })
  res.status(202).json({ status: "confirmation_sent", email: rest.email })
}
