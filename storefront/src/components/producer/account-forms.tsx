"use client"

import { useActionState } from "react"
import { EmailField, FormError, PasswordField, SubmitButton } from "@/components/common/field"
import { acceptInvite, producerLogin, requestPasswordReset, resetPassword } from "@/lib/producer/actions"
import type { FormState } from "@/lib/shop/errors"

type Labels = { email: string; password: string; submit: string }

export function PortalLoginForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState<FormState, FormData>(producerLogin, {})
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <EmailField state={state} label={labels.email} />
      <PasswordField state={state} label={labels.password} />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
    </form>
  )
}

export function InviteForm({ token, labels }: { token: string; labels: Labels }) {
  const [state, action, pending] = useActionState<FormState, FormData>(acceptInvite, {})
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="token" value={token} />
      <EmailField state={state} label={labels.email} />
      <PasswordField state={state} label={labels.password} isNew />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
    </form>
  )
}

export function ForgotPasswordForm({ labels }: { labels: { email: string; submit: string; sent: string } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(requestPasswordReset, {})
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

export function ResetPasswordForm({
  token,
  email,
  labels,
}: {
  token: string
  email: string
  labels: { password: string; submit: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetPassword, {})
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
