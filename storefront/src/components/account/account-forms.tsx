"use client"

import { useActionState } from "react"
import { EmailField, FormError, FormNotice, FormField, PasswordField, SubmitButton } from "@/components/common/field"
import { changePassword, confirmSignUp, login, register, updateProfile } from "@/lib/shop/account-actions"
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

/** Name and phone, as orders are delivered to them by default. */
export function ProfileForm({
  values,
  labels,
}: {
  values: { full_name: string; phone: string }
  labels: { title: string; fullName: string; phone: string; save: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateProfile, { values })
  return (
    <form action={action} className="flex flex-col gap-3" aria-labelledby="profile-title" noValidate>
      <h2 id="profile-title" className="text-lg font-semibold">
        {labels.title}
      </h2>
      <FormField state={state} name="full_name" id="profile-name" label={labels.fullName} autoComplete="name" />
      <FormField state={state} name="phone" id="profile-phone" label={labels.phone} type="tel" autoComplete="tel" />
      <FormNotice state={state} />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.save}</SubmitButton>
    </form>
  )
}

/** The current password, then a new one. */
export function PasswordChangeForm({
  labels,
}: {
  labels: { title: string; current: string; next: string; save: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(changePassword, {})
  return (
    <form action={action} className="flex flex-col gap-3" aria-labelledby="password-title" noValidate>
      <h2 id="password-title" className="text-lg font-semibold">
        {labels.title}
      </h2>
      <PasswordField state={state} name="current_password" id="current-password" label={labels.current} />
      <PasswordField state={state} name="new_password" id="new-password" label={labels.next} isNew />
      <FormNotice state={state} />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.save}</SubmitButton>
    </form>
  )
}
