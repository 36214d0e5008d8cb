"use client"

import { useActionState } from "react"
import { EmailField, FormError, PasswordField, SubmitButton } from "@/components/common/field"
import type { FormState } from "@/lib/shop/errors"

type Action = (prev: FormState, form: FormData) => Promise<FormState>

/** Ask for a reset link (a shopper's or a producer's, by the action given); the same answer for every address. */
export function ForgotPasswordForm({
  action: send,
  labels,
}: {
  action: Action
  labels: { email: string; submit: string; sent: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(send, {})
  if (state.ok)
    return (
      <p role="status" className="text-sm text-leaf-700">
        {labels.sent}
      </p>
    )
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <EmailField state={state} label={labels.email} />
      <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
    </form>
  )
}

/** The new password, with the token and address from the mail's link. */
export function ResetPasswordForm({
  action: save,
  token,
  email,
  labels,
}: {
  action: Action
  token: string
  email: string
  labels: { password: string; submit: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(save, {})
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      <PasswordField state={state} label={labels.password} isNew />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
    </form>
  )
}
