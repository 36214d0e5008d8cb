import { ForgotPasswordForm, ResetPasswordForm } from "@/components/account/password-forms"
import { t, type Locale } from "@/lib/i18n"
import type { FormState } from "@/lib/shop/errors"

type Action = (prev: FormState, form: FormData) => Promise<FormState>

/** "Forgot the password?" for shoppers and producers' staff alike, by the action given. */
export function ForgotPasswordCard({ locale, action }: { locale: Locale; action: Action }) {
  const m = t(locale)
  return (
    <section className="mx-auto max-w-md rounded-lg border border-stone-200 bg-white p-5">
      <h1 className="mb-4 text-xl font-bold">{m.passwordReset.title}</h1>
      <ForgotPasswordForm
        action={action}
        labels={{ email: m.email, submit: m.passwordReset.send, sent: m.passwordReset.sent }}
      />
    </section>
  )
}

/** The new password, from the reset mail's link. */
export function ResetPasswordCard(props: { locale: Locale; action: Action; token: string; email: string }) {
  const m = t(props.locale)
  return (
    <section className="mx-auto max-w-md rounded-lg border border-stone-200 bg-white p-5">
      <h1 className="mb-4 text-xl font-bold">{m.passwordReset.title}</h1>
      <ResetPasswordForm
        action={props.action}
        token={props.token}
        email={props.email}
        labels={{ password: m.passwordReset.newPassword, submit: m.passwordReset.save }}
      />
    </section>
  )
}
