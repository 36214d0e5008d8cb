import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { formatVnd } from "@ocop-market/ocop"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/api"

type Notice = {
  id: string
  amount: number
  content: string
  received_at: string
  outcome: "wrong_amount" | "unknown_reference" | "already_paid" | "order_canceled"
  order_id: string | null
}

const WHY: Record<Notice["outcome"], string> = {
  wrong_amount: "sai số tiền",
  unknown_reference: "không tìm thấy đơn theo nội dung",
  already_paid: "đơn đã được thanh toán",
  order_canceled: "đơn đã hủy",
}

/**
 * On the order list: money that came in by bank transfer but paid no order automatically — the
 * staff check it against the bank's statement, then mark the right order received or refund it.
 */
const UnmatchedBankTransfers = () => {
  const [notices, setNotices] = useState<Notice[]>([])
  const [count, setCount] = useState(0)
  useEffect(() => {
    void adminFetch<{ notices: Notice[]; count: number }>("/admin/ocop/bank-transfers?limit=20")
      .then((r) => {
        setNotices(r.notices)
        setCount(r.count)
      })
      .catch(() => undefined)
  }, [])
  if (!notices.length) return null
  return (
    <Container className="flex flex-col gap-2 px-6 py-4">
      <Heading level="h2">
        Chuyển khoản cần xử lý <Badge color="orange">{count}</Badge>
      </Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Tiền đã vào tài khoản nhưng chưa khớp đơn nào. Đối chiếu sao kê, rồi đánh dấu đơn đã nhận tiền hoặc hoàn tiền.
      </Text>
      <ul className="flex flex-col gap-1 text-sm">
        {notices.map((n) => (
          <li key={n.id}>
            {new Date(n.received_at).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })} ·{" "}
            <b>{formatVnd(Number(n.amount))}</b> · “{n.content}” — {WHY[n.outcome]}
            {n.order_id && (
              <>
                {" "}
                ·{" "}
                <a className="text-ui-fg-interactive underline" href={`/app/orders/${n.order_id}`}>
                  mở đơn
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default UnmatchedBankTransfers
