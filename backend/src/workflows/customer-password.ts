/**
 * A logged-in shopper changes the password: the current one is asked first (someone at an unlocked
 * phone cannot change it), the new one replaces it, and a mail tells the owner — so a change they
 * did not make does not go unnoticed.
 */
import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refuse } from "../errors"
import { storefrontLink } from "../mail/links"
import { ACCOUNT_MAILS } from "../mail/account"
import { identityOf } from "./steps/customer-sign-up"

type Input = { email: string; current_password: string; new_password: string; locale: "vi" | "en" }

const changePasswordStep = createStep(
  "change-customer-password",
  async (input: Input, { container }) => {
    const auth: IAuthModuleService = container.resolve(Modules.AUTH)
    const login = await auth.authenticate("emailpass", {
      body: { email: input.email, password: input.current_password },
    })
    if (!login.success) throw refuse(MedusaError.Types.NOT_ALLOWED, "password_wrong", { field: "current_password" })
    const identity = await identityOf(auth, input.email)
    const provider = identity?.provider_identities?.find((p) => p.provider === "emailpass")
    const before = provider ? { id: provider.id, provider_metadata: provider.provider_metadata ?? {} } : null
    await auth.updateProvider("emailpass", { entity_id: input.email, password: input.new_password })
    return new StepResponse(null, before)
  },
  async (before, { container }) => {
    if (!before) return
    // the old hash back, as it was
    await (container.resolve(Modules.AUTH) as IAuthModuleService).updateProviderIdentities([before])
  },
)

const mailPasswordChangedStep = createStep("mail-password-changed", async (input: Input, { container }) => {
  const texts = ACCOUNT_MAILS[input.locale].passwordChanged
  const forgot = storefrontLink("customerForgot", input.locale)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: input.email,
    channel: "email",
    template: "customer-password-changed",
    data: { subject: texts.subject, lines: texts.lines(forgot), url: forgot, locale: input.locale },
  })
  return new StepResponse(null)
})

export const changeCustomerPasswordWorkflow = createWorkflow("change-customer-password", (input: Input) => {
  changePasswordStep(input)
  mailPasswordChangedStep(input)
  return new WorkflowResponse(null)
})
