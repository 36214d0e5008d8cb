"use client"

import { useActionState } from "react"
import { EmailField, FormError, PasswordField, SubmitButton } from "@/components/common/field"
import { acceptInvite, producerLogin } from "@/lib/producer/actions"
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
