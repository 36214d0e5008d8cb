/**
 * Steps of a shopper's sign-up. The address is confirmed by mail before an account exists, and the
 * answer to a sign-up is the same whether or not the address has an account already: a new address
 * gets a confirmation link, a known one a mail telling its owner (so nobody learns from the shop
 * which addresses are customers). Until confirmed, the e-mail/password identity carries its
 * sign-up in app_metadata.sign_up and is no customer: logins are refused (api/auth/middlewares.ts).
 */
import type { AuthIdentityDTO, IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SIGN_UP_LINK_HOURS } from "@ocop-market/ocop"
import { sameSecret } from "@ocop-market/ocop/revalidation"
import { refuse } from "../../errors"
import { storefrontLink, type MailLocale } from "../../mail/links"
import { SIGN_UP_MAILS } from "../../mail/sign-up"
import { hashToken, newMailToken } from "./mail-tokens"

export type PendingSignUp = {
  token_hash: string
  expires_at: string
  first_name: string
  phone: string | null
  locale: MailLocale
}

export type SignUpInput = {
  email: string
  password: string
  first_name: string
  phone: string | null
  locale: MailLocale
}

/** The sign-up an identity waits with, or null for an account (or any identity that is not one). */
export function pendingSignUp(identity: Pick<AuthIdentityDTO, "app_metadata"> | null): PendingSignUp | null {
  const meta = identity?.app_metadata ?? {}
  return meta.sign_up && !meta.customer_id ? (meta.sign_up as PendingSignUp) : null
}

/** The e-mail/password identity of an address (shared by every kind of account), or null. */
export async function identityOf(auth: IAuthModuleService, email: string): Promise<AuthIdentityDTO | null> {
  const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (!provider?.auth_identity_id) return null
  return auth.retrieveAuthIdentity(provider.auth_identity_id, { relations: ["provider_identities"] })
}

type Snapshot = { app_metadata: Record<string, unknown>; password_hash: string }
type Opened = { kind: "new" | "exists"; token: string }
type Undo = { created: string; email: string; replaced: Snapshot | null } | null

/** What a pending identity holds, to put it back if a later step fails. */
function snapshotOf(identity: AuthIdentityDTO): Snapshot {
  const provider = identity.provider_identities?.find((p) => p.provider === "emailpass")
  return {
    app_metadata: identity.app_metadata ?? {},
    password_hash: String(provider?.provider_metadata?.password ?? ""),
  }
}

/**
 * A new address gets an unconfirmed identity (a sign-up again before confirming replaces the
 * first: only the mailbox's owner can confirm either); an address with an account is left as it is.
 */
export const openSignUpStep = createStep(
  "open-customer-sign-up",
  async (input: SignUpInput, { container }): Promise<StepResponse<Opened, Undo>> => {
    const auth: IAuthModuleService = container.resolve(Modules.AUTH)
    const existing = await identityOf(auth, input.email)
    if (existing && !pendingSignUp(existing)) return new StepResponse<Opened, Undo>({ kind: "exists", token: "" }, null)
    const replaced = existing ? snapshotOf(existing) : null
    if (existing) await auth.deleteAuthIdentities([existing.id])
    const registered = await auth.register("emailpass", { body: { email: input.email, password: input.password } })
    if (!registered.success || !registered.authIdentity) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, registered.error ?? "registration failed")
    }
    const { token, hash } = newMailToken()
    const sign_up: PendingSignUp = {
      token_hash: hash,
      expires_at: new Date(Date.now() + SIGN_UP_LINK_HOURS * 3_600_000).toISOString(),
      first_name: input.first_name,
      phone: input.phone,
      locale: input.locale,
    }
    await auth.updateAuthIdentities({ id: registered.authIdentity.id, app_metadata: { sign_up } })
    return new StepResponse<Opened, Undo>(
      { kind: "new", token },
      { created: registered.authIdentity.id, email: input.email, replaced },
    )
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const auth: IAuthModuleService = container.resolve(Modules.AUTH)
    await auth.deleteAuthIdentities([undo.created])
    if (undo.replaced) {
      await auth.createAuthIdentities({
        app_metadata: undo.replaced.app_metadata,
        provider_identities: [
          {
            provider: "emailpass",
            entity_id: undo.email,
            provider_metadata: { password: undo.replaced.password_hash },
          },
        ],
      })
    }
  },
)

type SignUpMail = { email: string; first_name: string; locale: MailLocale; kind: "new" | "exists"; token: string }

/** The mail's template, link and text: the confirmation link to a new address, a note to the owner of a known one. */
function signUpMail(input: SignUpMail) {
  const texts = SIGN_UP_MAILS[input.locale]
  if (input.kind === "exists") {
    const url = storefrontLink("account", input.locale)
    return {
      template: "customer-account-exists",
      url,
      subject: texts.exists.subject,
      lines: texts.exists.lines(url, storefrontLink("customerForgot", input.locale)),
    }
  }
  const url = storefrontLink("confirmSignUp", input.locale, { token: input.token, email: input.email })
  const lines = texts.confirm.lines(input.first_name, url, SIGN_UP_LINK_HOURS)
  return { template: "customer-sign-up", url, subject: texts.confirm.subject, lines }
}

export const mailSignUpStep = createStep("mail-customer-sign-up", async (input: SignUpMail, { container }) => {
  const { template, ...data } = signUpMail(input)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: input.email,
    channel: "email",
    template,
    data: { ...data, locale: input.locale },
  })
  return new StepResponse(null)
})

/**
 * The link's token and the password chosen at sign-up, checked: the identity waiting for them. The
 * password is asked again so that a link mailed to someone who did not sign up opens nothing for
 * whoever chose it.
 */
export const checkSignUpStep = createStep(
  "check-customer-sign-up",
  async (input: { email: string; token: string; password: string }, { container }) => {
    const auth: IAuthModuleService = container.resolve(Modules.AUTH)
    const identity = await identityOf(auth, input.email)
    const pending = pendingSignUp(identity)
    if (
      !identity ||
      !pending ||
      !sameSecret(hashToken(input.token), pending.token_hash) ||
      new Date(pending.expires_at).getTime() < Date.now()
    ) {
      throw refuse(MedusaError.Types.NOT_ALLOWED, "sign_up_link_invalid", { field: "token" })
    }
    const login = await auth.authenticate("emailpass", { body: { email: input.email, password: input.password } })
    if (!login.success) throw refuse(MedusaError.Types.NOT_ALLOWED, "password_wrong", { field: "password" })
    return new StepResponse({ auth_identity_id: identity.id, sign_up: pending })
  },
)

/** The identity is an account now: its sign-up is taken off (put back if a later step fails). */
export const closeSignUpStep = createStep(
  "close-customer-sign-up",
  async (input: { auth_identity_id: string }, { container }) => {
    const auth: IAuthModuleService = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    const { sign_up, ...rest } = identity.app_metadata ?? {}
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: rest })
    return new StepResponse(null, { id: identity.id, sign_up })
  },
  async (undo, { container }) => {
    if (!undo) return
    const auth: IAuthModuleService = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(undo.id)
    await auth.updateAuthIdentities({ id: undo.id, app_metadata: { ...identity.app_metadata, sign_up: undo.sign_up } })
  },
)
