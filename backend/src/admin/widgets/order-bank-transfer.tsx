import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminOrder } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { formatVnd } from "@ocop-market/ocop"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "../lib/api"

type Notice = {
  id: string
  source: "bank" | "admin"
  amount: number
  content: string
  received_at: string
  outcome: string
  note: string | null
}
type View = {
  transfer: { reference: string; amount: number; captured: boolean; canceled: boolean; expires_at: string | null }
  notices: Notice[]
}

const OUTCOMES: Record<string, { label: string; color: "green" | "orange" | "red" | "grey" }> = {
  captured: { label: "Đã thu", color: "green" },
  wrong_amount: { label: "Sai số tiền", color: "red" },
  already_paid: { label: "Đơn đã trả", color: "orange" },
  order_canceled: { label: "Đơn đã hủy", color: "orange" },
  unknown_reference: { label: "Không rõ đơn", color: "grey" },
}

/**
 * On an order paid by bank transfer (VietQR): the reference and amount asked for, the transfers the
 * bank reported for it, and — when the money is on the bank's statement but no notification came —
 * a button to mark it received, with a note of what was checked.
 */
const OrderBankTransfer = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [view, setView] = useState<View | null>(null)
  const [note, setNote] = useState("")
  const [busy, setBusy] = useState(false)
  const load = useCallback(
    () =>
      adminFetch<View>(`/admin/ocop/orders/${order.id}/bank-transfer`)
        .then(setView)
        .catch(() => setView(null)), // not paid by transfer: no widget
    [order.id],
  )
  useEffect(() => void load(), [load])
  if (!view) return null
  const { transfer } = view
  const mark = async () => {
    setBusy(true)
    try {
      await adminFetch(`/admin/ocop/orders/${order.id}/bank-transfer`, { method: "POST", body: { note } })
      toast.success("Đã ghi nhận chuyển khoản và thu tiền")
      setNote("")
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Container className="flex flex-col gap-3 px-6 py-4">
      <Heading level="h2">
        Chuyển khoản VietQR{" "}
        <Badge color={transfer.captured ? "green" : transfer.canceled ? "grey" : "orange"}>
          {transfer.captured ? "Đã nhận tiền" : transfer.canceled ? "Đã hủy" : "Chờ chuyển khoản"}
        </Badge>
      </Heading>
      <Text size="small">
        Nội dung <b>{transfer.reference}</b> · {formatVnd(transfer.amount)}
        {transfer.expires_at && !transfer.captured
          ? ` · hạn ${new Date(transfer.expires_at).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })}`
          : ""}
      </Text>
      {view.notices.length > 0 && (
        <ul className="flex flex-col gap-1">
          {view.notices.map((n) => (
            <li key={n.id} className="flex flex-wrap items-center gap-2 text-sm">
              <Badge size="2xsmall" color={OUTCOMES[n.outcome]?.color ?? "grey"}>
                {OUTCOMES[n.outcome]?.label ?? n.outcome}
              </Badge>
              {formatVnd(Number(n.amount))} · {new Date(n.received_at).toLocaleString("vi-VN")} ·{" "}
              {n.source === "admin" ? `đánh dấu tay: ${n.note ?? ""}` : n.content}
            </li>
          ))}
        </ul>
      )}
      {!transfer.captured && !transfer.canceled && (
        <div className="flex flex-col gap-2">
          <Textarea
            placeholder="Ghi chú: đã thấy trên sao kê ngân hàng nào, ngày nào…"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button size="small" isLoading={busy} disabled={note.trim().length < 3} onClick={() => void mark()}>
            Đánh dấu đã nhận chuyển khoản
          </Button>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderBankTransfer
