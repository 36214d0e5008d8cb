import "server-only"
import { MIN_PASSWORD_LENGTH } from "@ocop-market/ocop"
import type { Messages } from "@/lib/i18n"
import { medusa } from "@/lib/medusa"
import { shopperClient } from "@/lib/api/shopper"
import type { FormState } from "@/lib/shop/errors"
import { credentialsOf } from "./login"

type Actor = "customer" | "producer"

/** Ask for a reset link; the answer is the same whether or not the address has an account. */
export async function requestReset(actor: Actor, form: FormData, m: Messages): Promise<FormState> {
  const { values, refused } = credentialsOf(form, m)
  if (refused) return refused
  await (
    await shopperClient()
  ).auth
    .resetPassword(actor, "emailpass", { identifier: values.email })
    .catch(() => undefined)
  return { ok: true, values }
}

/** Set the new password with the token from the mail: null when done, else what the form says. */
export async function setNewPassword(actor: Actor, form: FormData, m: Messages): Promise<FormState | null> {
  const { values, password } = credentialsOf(form, m) // the e-mail comes from the link, as sent
  if (password.length < MIN_PASSWORD_LENGTH) return { fieldErrors: { password: m.errors.password }, values }
  try {
    await medusa().auth.updateProvider(
      actor,
      "emailpass",
      { email: values.email, password },
      String(form.get("token") ?? ""),
    )
    return null
  } catch {
    return { formError: m.passwordReset.failed, values }
  }
}
