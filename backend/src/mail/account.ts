import type { MailLocale } from "./links"

/** The texts of the mails about a shopper's account, in each language: one place for each. */
export const ACCOUNT_MAILS = {
  vi: {
    passwordChanged: {
      subject: "Mật khẩu OCOP Market của bạn vừa được đổi",
      lines: (forgot: string) => [
        "Mật khẩu tài khoản OCOP Market của bạn vừa được đổi.",
        `Nếu không phải bạn, hãy đặt lại mật khẩu ngay: ${forgot}`,
      ],
    },
  },
  en: {
    passwordChanged: {
      subject: "Your OCOP Market password was changed",
      lines: (forgot: string) => [
        "The password of your OCOP Market account was just changed.",
        `If it was not you, reset it now: ${forgot}`,
      ],
    },
  },
} satisfies Record<MailLocale, unknown>
