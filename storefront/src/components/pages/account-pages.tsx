import { ConfirmSignUpForm } from "@/components/account/account-forms"
import { ClaimAnswerForm } from "@/components/account/claim-forms"
import { ForgotPasswordCard, ResetPasswordCard } from "@/components/account/password-cards"
import { Page } from "@/components/layout/shell"
import { paths, t, type Locale } from "@/lib/i18n"
import { requestCustomerPasswordReset, resetCustomerPassword } from "@/lib/shop/account-actions"

const other = (locale: Locale) => (locale === "vi" ? "en" : "vi")

/** The page the confirmation mail links to: the sign-up's password opens the account. */
export function ConfirmSignUpPage({ locale, token, email }: { locale: Locale; token: string; email: string }) {
  const m = t(locale)
  return (
    <Page locale={locale} alternate={paths.confirmSignUp(other(locale))}>
      <section className="mx-auto max-w-md rounded-lg border border-stone-200 bg-white p-5">
        <h1 className="mb-2 text-xl font-bold">{m.signUp.confirmTitle}</h1>
        <p className="mb-4 text-sm text-stone-700">{m.signUp.confirmIntro(email)}</p>
        <ConfirmSignUpForm token={token} email={email} labels={{ password: m.password, submit: m.signUp.confirm }} />
      </section>
    </Page>
  )
}

export function AccountForgotPage({ locale }: { locale: Locale }) {
  return (
    <Page locale={locale} alternate={paths.accountForgot(other(locale))}>
      <ForgotPasswordCard locale={locale} action={requestCustomerPasswordReset} />
    </Page>
  )
}

export function AccountResetPage({ locale, token, email }: { locale: Locale; token: string; email: string }) {
  return (
    <Page locale={locale} alternate={paths.accountReset(other(locale))}>
      <ResetPasswordCard locale={locale} action={resetCustomerPassword} token={token} email={email} />
    </Page>
  )
}

/** The page the claim mail links to: the order's owner confirms it moves into the account, or declines. */
export function ClaimOrderPage({
  locale,
  orderId,
  number,
  token,
}: {
  locale: Locale
  orderId: string
  number: string
  token: string
}) {
  const m = t(locale)
  return (
    <Page locale={locale} alternate={paths.claimOrder(other(locale))}>
      <section className="mx-auto max-w-md rounded-lg border border-stone-200 bg-white p-5">
        <h1 className="mb-2 text-xl font-bold">{m.claim.confirmTitle}</h1>
        {number && <p className="mb-2 font-semibold">{m.orderNumber(number)}</p>}
        <p className="mb-4 text-sm text-stone-700">{m.claim.confirmIntro}</p>
        <ClaimAnswerForm
          orderId={orderId}
          token={token}
          labels={{ confirm: m.claim.confirm, decline: m.claim.decline }}
        />
      </section>
    </Page>
  )
}
