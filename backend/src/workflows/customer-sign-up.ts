import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createCustomerAccountWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  checkSignUpStep,
  closeSignUpStep,
  mailSignUpStep,
  openSignUpStep,
  type SignUpInput,
} from "./steps/customer-sign-up"

/** A shopper signs up: an unconfirmed identity and its confirmation mail (or a mail to the owner of a known address). */
export const signUpCustomerWorkflow = createWorkflow("sign-up-customer", (input: SignUpInput) => {
  const opened = openSignUpStep(input)
  mailSignUpStep(
    transform({ input, opened }, ({ input, opened }) => ({
      email: input.email,
      first_name: input.first_name,
      locale: input.locale,
      kind: opened.kind,
      token: opened.token,
    })),
  )
  return new WorkflowResponse(null)
})

/** The link from the mail and the sign-up's password: the customer account, with the name and phone given at sign-up. */
export const confirmCustomerSignUpWorkflow = createWorkflow(
  "confirm-customer-sign-up",
  (input: { email: string; token: string; password: string }) => {
    // one confirmation at a time per address: a double-tapped link finds the sign-up closed, not a second account (was a 500)
    const key = transform({ input }, ({ input }) => `customer-sign-up:${input.email.toLowerCase()}`)
    acquireLockStep({ key, timeout: 15, ttl: 60 })
    const checked = checkSignUpStep(input)
    const customer = createCustomerAccountWorkflow.runAsStep({
      input: transform({ input, checked }, ({ input, checked }) => ({
        authIdentityId: checked.auth_identity_id,
        customerData: {
          email: input.email,
          first_name: checked.sign_up.first_name,
          last_name: "",
          phone: checked.sign_up.phone ?? undefined,
        },
      })),
    })
    closeSignUpStep(transform({ checked }, ({ checked }) => ({ auth_identity_id: checked.auth_identity_id })))
    releaseLockStep({ key })
    return new WorkflowResponse(customer)
  },
)
