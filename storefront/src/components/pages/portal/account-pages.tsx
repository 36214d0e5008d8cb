import { Page } from "@/components/layout/shell"
import { ForgotPasswordCard, ResetPasswordCard } from "@/components/account/password-cards"
import { InviteForm, PortalLoginForm } from "@/components/producer/account-forms"
import { requestPasswordReset, resetPassword } from "@/lib/producer/actions"
import Link from "next/link"
import { paths, t, type Locale } from "@/lib/i18n"

export function PortalLoginPage({ locale, reset }: { locale: Locale; reset?: boolean }) {
  const m = t(locale)
  return (
    <Page locale={locale} alternate={paths.portalLogin(locale === "vi" ? "en" : "vi")}>
      <section className="mx-auto flex max-w-md flex-col gap-3 rounded-lg border border-stone-200 bg-white p-5">
        <h1 className="text-xl font-bold">{m.portal.login}</h1>
        {reset && (
          <p role="status" className="text-sm text-leaf-700">
            {m.passwordReset.done}
          </p>
        )}
        <PortalLoginForm labels={{ email: m.email, password: m.password, submit: m.login }} />
        <Link href={paths.portalForgot(locale)} className="text-sm underline">
          {m.passwordReset.forgot}
        </Link>
      </section>
    </Page>
  )
}

export function PortalForgotPage({ locale }: { locale: Locale }) {
  return (
    <Page locale={locale} alternate={paths.portalForgot(locale === "vi" ? "en" : "vi")}>
      <ForgotPasswordCard locale={locale} action={requestPasswordReset} />
    </Page>
  )
}

export function PortalResetPage({ locale, token, email }: { locale: Locale; token: string; email: string }) {
  return (
    <Page locale={locale} alternate={paths.portalReset(locale === "vi" ? "en" : "vi")}>
      <ResetPasswordCard locale={locale} action={resetPassword} token={token} email={email} />
    </Page>
  )
}

export function PortalInvitePage({ locale, token }: { locale: Locale; token: string }) {
  const m = t(locale)
  return (
    <Page locale={locale} alternate={`${paths.portalInvite(locale === "vi" ? "en" : "vi")}?token=${token}`}>
      <section className="mx-auto max-w-md rounded-lg border border-stone-200 bg-white p-5">
        <h1 className="mb-2 text-xl font-bold">{m.portal.invite}</h1>
        <p className="mb-4 text-sm text-stone-700">{m.portal.inviteIntro}</p>
        <InviteForm token={token} labels={{ email: m.email, password: m.password, submit: m.portal.invite }} />
      </section>
    </Page>
  )
}
