import "server-only"
import { z } from "zod"
import type { Messages } from "@/lib/i18n"
import { shopperClient } from "@/lib/api/shopper"
import { medusaMessage, type FormState } from "@/lib/shop/errors"

/** The e-mail (trimmed, lower case) and password a form sent; the e-mail's error when it is not one. */
export function credentialsOf(form: FormData, m: Messages) {
  const values = {
    email: String(form.get("email") ?? "")
      .trim()
      .toLowerCase(),
  }
  const password = String(form.get("password") ?? "")
  const refused: FormState | null = z.email().safeParse(values.email).success
    ? null
    : { fieldErrors: { email: m.errors.email }, values }
  return { values, password, refused }
}

/**
 * Medusa's e-mail/password login for an actor (customer or producer staff): the token, or what
 * the form says (wrong e-mail or password for a refusal, "unavailable" when the backend is not).
 */
export async function passwordLogin(
  actor: "customer" | "producer",
  { values, password }: { values: { email: string }; password: string },
  m: Messages,
): Promise<{ token: string } | { refused: FormState }> {
  try {
    const token = await (await shopperClient()).auth.login(actor, "emailpass", { email: values.email, password })
    if (typeof token === "string") return { token }
    return { refused: { formError: m.errors.login, values } }
  } catch (e) {
    const { status } = medusaMessage(e)
    const formError =
      status === 401 || status === 400
        ? m.errors.login
        : status === 403 // the right password of a sign-up not yet confirmed
          ? m.errors.emailNotConfirmed
          : status === 429
            ? m.errors.tooManyAttempts
            : m.errors.unavailable
    return { refused: { formError, values } }
  }
}

/** A login form's e-mail and password checked, then the login itself: the token, or what the form says. */
export async function loginFromForm(actor: "customer" | "producer", form: FormData, m: Messages) {
  const sent = credentialsOf(form, m)
  if (sent.refused) return { refused: sent.refused }
  return passwordLogin(actor, sent, m)
}
