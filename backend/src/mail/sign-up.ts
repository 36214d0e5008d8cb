import type { MailLocale } from "./links"

/** The texts of the two mails a sign-up sends, in each language: one place for each. */
export const SIGN_UP_MAILS = {
  vi: {
    confirm: {
      subject: "Xác nhận tài khoản OCOP Market",
      lines: (name: string, url: string, hours: number) => [
        `Chào ${name},`,
        `Mở liên kết dưới đây trong ${hours} giờ để xác nhận địa chỉ e-mail và hoàn tất đăng ký:`,
        url,
        "Nếu bạn không đăng ký, hãy bỏ qua thư này: không có tài khoản nào được mở.",
      ],
    },
    exists: {
      subject: "Bạn đã có tài khoản OCOP Market",
      lines: (url: string, forgot: string) => [
        "Ai đó (có thể là bạn) vừa đăng ký OCOP Market bằng địa chỉ này, nhưng địa chỉ đã có tài khoản.",
        `Đăng nhập tại: ${url}`,
        `Quên mật khẩu? Đặt lại tại: ${forgot}`,
        "Nếu không phải bạn, hãy bỏ qua thư này: tài khoản của bạn không thay đổi.",
      ],
    },
  },
  en: {
    confirm: {
      subject: "Confirm your OCOP Market account",
      lines: (name: string, url: string, hours: number) => [
        `Hello ${name},`,
        `Open the link below within ${hours} hours to confirm your e-mail address and finish signing up:`,
        url,
        "If you did not sign up, ignore this mail: no account is opened.",
      ],
    },
    exists: {
      subject: "You already have an OCOP Market account",
      lines: (url: string, forgot: string) => [
        "Someone (perhaps you) just signed up to OCOP Market with this address, which already has an account.",
        `Log in at: ${url}`,
        `Forgot the password? Reset it at: ${forgot}`,
        "If it was not you, ignore this mail: your account is unchanged.",
      ],
    },
  },
} satisfies Record<MailLocale, unknown>
