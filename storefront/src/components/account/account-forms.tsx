"use client"

import { useActionState } from "react"
import { EmailField, FormError, FormField, PasswordField, SubmitButton } from "@/components/common/field"
import { confirmSignUp, login, register } from "@/lib/shop/account-actions"
import type { FormState } from "@/lib/shop/errors"

type Labels = { email: string; password: string; fullName: string; phone: string; login: string; register: string }

export function LoginForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState<FormState, FormData>(login, {})
  return (
    <form action={action} className="flex flex-col gap-3" aria-labelledby="login-title" noValidate>
      <h2 id="login-title" className="text-lg font-semibold">
        {labels.login}
      </h2>
      <EmailField state={state} id="login-email" label={labels.email} />
      <PasswordField state={state} id="login-password" label={labels.password} />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.login}</SubmitButton>
    </form>
  )
}

/** Sign up; once sent, what the mail asks of the shopper ("check your mail"), the same for every address. */
export function RegisterForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState<FormState, FormData>(register, {})
  if (state.ok)
    return (
      <div role="status" className="flex flex-col gap-2" data-testid="sign-up-sent">
        <h2 className="text-lg font-semibold">{labels.register}</h2>
        <p className="text-sm text-leaf-700">{state.notice}</p>
      </div>
    )
  return (
    <form action={action} className="flex flex-col gap-3" aria-labelledby="register-title" noValidate>
      <h2 id="register-title" className="text-lg font-semibold">
        {labels.register}
      </h2>
      <FormField state={state} name="full_name" label={labels.fullName} autoComplete="name" />
      <EmailField state={state} id="register-email" label={labels.email} />
      <FormField state={state} name="phone" label={labels.phone} type="tel" autoComplete="tel" />
      <PasswordField state={state} id="register-password" label={labels.password} isNew />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.register}</SubmitButton>
    </form>
  )
}

/** The confirmation link's page: the password chosen at sign-up opens the account. */
export function ConfirmSignUpForm({
  token,
  email,
  labels,
}: {
  token: string
  email: string
  labels: { password: string; submit: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(confirmSignUp, {})
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      <PasswordField state={state} id="confirm-password" label={labels.password} />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
    </form>
  )
}
