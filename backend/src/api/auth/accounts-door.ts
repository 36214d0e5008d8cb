import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IAuthModuleService, IUserModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { refuse } from "../../errors"
import { OCOP_MODULE, type OcopModuleService } from "../../modules/ocop"
import { identityOf, pendingSignUp } from "../../workflows/steps/customer-sign-up"
import { bodyField } from "../utils/throttle"

/** Whether someone was invited with this address: the province's staff (Medusa's invites) or a producer's. */
const INVITED: Record<string, (req: MedusaRequest, email: string) => Promise<boolean>> = {
  user: async (req, email) =>
    (await req.scope.resolve<IUserModuleService>(Modules.USER).listInvites({ email })).some((i) => !i.accepted),
  producer: async (req, email) =>
    (await req.scope.resolve<OcopModuleService>(OCOP_MODULE).listProducerStaffs({ email, status: "invited" })).length >
    0,
}

/**
 * Medusa's `/auth/:actor/emailpass/register` answers "Identity with email already exists" for any
 * address that has an account of any kind, so anyone could test addresses with it. Shoppers sign
 * up through /store/ocop/accounts instead (a confirmation mail, the same answer for every address);
 * staff accounts, of the province or a producer, are opened from an invite, so the route takes only
 * addresses with an open invite and says the same to every other.
 */
export async function registerDoor(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const actor = (req.params as { actor_type?: string }).actor_type ?? ""
  if (actor === "customer") return next(refuse(MedusaError.Types.FORBIDDEN, "sign_up_required"))
  const email = bodyField("email")(req)
  const invited = INVITED[actor]
  try {
    if (!email || !invited || !(await invited(req, email))) {
      return next(refuse(MedusaError.Types.FORBIDDEN, "invite_required"))
    }
  } catch (e) {
    return next(e)
  }
  next()
}

/**
 * A login to an identity whose sign-up is not confirmed: the right password is told to confirm the
 * address first (403 `email_not_confirmed`), a wrong one gets Medusa's own refusal, word for word.
 */
export async function refuseUnconfirmed(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const email = bodyField("email")(req)
  const password = (req.body as { password?: unknown } | undefined)?.password
  if (!email || typeof password !== "string") return next()
  const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
  try {
    if (!pendingSignUp(await identityOf(auth, email))) return next()
    const login = await auth.authenticate("emailpass", { body: { email, password } })
    if (login.success) return next(refuse(MedusaError.Types.FORBIDDEN, "email_not_confirmed"))
    next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Invalid email or password"))
  } catch (e) {
    next(e)
  }
}
