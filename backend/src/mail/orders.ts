import { formatVnd } from "@ocop-market/ocop"
import type { MailLocale } from "./links"

export type MailLine = { title: string; variant: string | null; quantity: number; total: number }
export type MailAddress = { name: string; phone: string; address: string }
export type MailTransfer = { bank: string; account_no: string; account_name: string; amount: number; reference: string }

const lineText = (l: MailLine) =>
  `- ${l.title}${l.variant ? ` (${l.variant})` : ""} × ${l.quantity}: ${formatVnd(l.total)}`

/** The texts of the mails about an order, in each language: one place for each. */
export const ORDER_MAILS = {
  vi: {
    placed: {
      subject: (n: number) => `OCOP Market: đã nhận đơn hàng #${n}`,
      lines: (o: { number: number; lines: MailLine[]; total: number; url: string; pay: string[] }) => [
        `Cảm ơn bạn đã đặt hàng. Đơn hàng #${o.number}:`,
        ...o.lines.map(lineText),
        `Tổng cộng: ${formatVnd(o.total)}`,
        ...o.pay,
        `Xem đơn hàng: ${o.url}`,
      ],
      cod: "Thanh toán khi nhận hàng: bạn trả tiền mặt cho người giao hàng.",
      transfer: (t: MailTransfer) => [
        "Chuyển khoản để hoàn tất đơn hàng (giữ đúng nội dung để đơn được xác nhận tự động):",
        `Ngân hàng ${t.bank} · số tài khoản ${t.account_no} · chủ tài khoản ${t.account_name}`,
        `Số tiền ${formatVnd(t.amount)} · nội dung ${t.reference}`,
      ],
      paid: "Đã thanh toán.",
    },
    producerOrder: {
      subject: (n: number) => `OCOP Market: đơn hàng mới #${n} có sản phẩm của bạn`,
      lines: (o: { number: number; producer: string; lines: MailLine[]; to: MailAddress; url: string }) => [
        `Đơn hàng #${o.number} có sản phẩm của ${o.producer}:`,
        ...o.lines.map(lineText),
        `Giao đến: ${o.to.name} · ${o.to.phone} · ${o.to.address}`,
        `Ghi mã vận đơn khi gửi hàng trong cổng nhà sản xuất: ${o.url}`,
      ],
    },
    shipped: {
      subject: (n: number) => `OCOP Market: đơn hàng #${n} đã được gửi`,
      lines: (o: { number: number; lines: string[]; carrier: string; tracking: string; url: string }) => [
        `Một phần đơn hàng #${o.number} của bạn đã được gửi đi:`,
        ...o.lines.map((l) => `- ${l}`),
        ...(o.carrier ? [`Đơn vị vận chuyển: ${o.carrier}`] : []),
        ...(o.tracking ? [`Mã vận đơn: ${o.tracking}`] : []),
        `Xem đơn hàng: ${o.url}`,
      ],
    },
    claim: {
      subject: (n: number) => `OCOP Market: xác nhận đưa đơn hàng #${n} vào tài khoản`,
      lines: (o: { number: number; account: string; url: string }) => [
        `Tài khoản ${o.account} muốn nhận đơn hàng #${o.number}, đơn đã đặt bằng địa chỉ email này khi chưa đăng nhập.`,
        `Để đưa đơn vào tài khoản, mở liên kết và bấm "Xác nhận": ${o.url}`,
        "Nếu không phải bạn yêu cầu, hãy bỏ qua thư này; đơn hàng giữ nguyên.",
      ],
    },
  },
  en: {
    placed: {
      subject: (n: number) => `OCOP Market: order #${n} received`,
      lines: (o: { number: number; lines: MailLine[]; total: number; url: string; pay: string[] }) => [
        `Thank you for your order #${o.number}:`,
        ...o.lines.map(lineText),
        `Total: ${formatVnd(o.total)}`,
        ...o.pay,
        `Your order: ${o.url}`,
      ],
      cod: "Cash on delivery: you pay the courier.",
      transfer: (t: MailTransfer) => [
        "Pay by bank transfer to complete the order (keep the note as it is, so the order is confirmed automatically):",
        `Bank ${t.bank} · account ${t.account_no} · holder ${t.account_name}`,
        `Amount ${formatVnd(t.amount)} · note ${t.reference}`,
      ],
      paid: "Paid.",
    },
    producerOrder: {
      subject: (n: number) => `OCOP Market: new order #${n} with your products`,
      lines: (o: { number: number; producer: string; lines: MailLine[]; to: MailAddress; url: string }) => [
        `Order #${o.number} holds products of ${o.producer}:`,
        ...o.lines.map(lineText),
        `Deliver to: ${o.to.name} · ${o.to.phone} · ${o.to.address}`,
        `Enter the tracking number when you ship, in the producer portal: ${o.url}`,
      ],
    },
    shipped: {
      subject: (n: number) => `OCOP Market: order #${n} shipped`,
      lines: (o: { number: number; lines: string[]; carrier: string; tracking: string; url: string }) => [
        `Part of your order #${o.number} is on its way:`,
        ...o.lines.map((l) => `- ${l}`),
        ...(o.carrier ? [`Carrier: ${o.carrier}`] : []),
        ...(o.tracking ? [`Tracking number: ${o.tracking}`] : []),
        `Your order: ${o.url}`,
      ],
    },
    claim: {
      subject: (n: number) => `OCOP Market: confirm moving order #${n} into your account`,
      lines: (o: { number: number; account: string; url: string }) => [
        `The account ${o.account} asks for order #${o.number}, placed as a guest with this e-mail address.`,
        `To move it into the account, open the link and press "Confirm": ${o.url}`,
        "If you did not ask for this, ignore this mail; the order stays as it is.",
      ],
    },
  },
} satisfies Record<MailLocale, unknown>
