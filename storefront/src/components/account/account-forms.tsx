"use client"

import { useActionState } from "react"
import { Field, FormError, SubmitButton } from "@/components/common/field"
import { login, register } from "@/lib/shop/account-actions"
import type { FormState } from "@/lib/shop/errors"

type Labels = { email: string; password: string; fullName: string; phone: string; login: string; register: string }

export function LoginForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState<FormState, FormData>(login, {})
  return (
    <form action={action} className="flex flex-col gap-3" aria-labelledby="login-title" noValidate>
      <h2 id="login-title" className="text-lg font-semibold">
        {labels.login}
      </h2>
      <Field
        name="email"
        id="login-email"
        label={labels.email}
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <Field
        name="password"
        id="login-password"
        label={labels.password}
        type="password"
        autoComplete="current-password"
      />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.login}</SubmitButton>
    </form>
  )
}

export function RegisterForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState<FormState, FormData>(register, {})
  return (
    <form action={action} className="flex flex-col gap-3" aria-labelledby="register-title" noValidate>
      <h2 id="register-title" className="text-lg font-semibold">
        {labels.register}
      </h2>
      <Field
        name="full_name"
        label={labels.fullName}
        autoComplete="name"
        defaultValue={state.values?.full_name}
        error={state.fieldErrors?.full_name}
      />
      <Field
        name="email"
        id="register-email"
        label={labels.email}
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <Field
        name="phone"
        label={labels.phone}
        type="tel"
        autoComplete="tel"
        defaultValue={state.values?.phone}
        error={state.fieldErrors?.phone}
      />
      <Field
        name="password"
        id="register-password"
        label={labels.password}
        type="password"
        autoComplete="new-password"
        error={state.fieldErrors?.password}
      />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.register}</SubmitButton>
    </form>
  )
}
