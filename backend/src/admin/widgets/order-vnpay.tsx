import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { formatVnd } from "@ocop-market/ocop"
import { useState } from "react"
import { adminFetch } from "../lib/api"

type Status = {
  shop: { txn_ref: string; paid: { transaction_no: string; bank_code: string } | null; refunds: { amount: number }[] }
  vnpay: { verified: boolean; response_code: string; transaction_status: string; amount: number; message: string }
}

/**
 * On an order paid with VNPay: the shop's record of the payment, and on demand VNPay's own (its
 * transaction query), to settle a doubt with a shopper. Refunds are Medusa's own (they reach VNPay).
 */
const OrderVnpay = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [status, setStatus] = useState<Status | null>(null)
  const [busy, setBusy] = useState(false)
  const paidWithVnpay = order.payment_collections?.some((pc) =>
    pc.payments?.some((p) => p.provider_id === "pp_vnpay_vnpay"),
  )
  if (!paidWithVnpay) return null
  const query = async () => {
    setBusy(true)
    try {
      setStatus(await adminFetch<Status>(`/admin/ocop/orders/${order.id}/vnpay`))
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Container className="flex flex-col gap-2 px-6 py-4">
      <Heading level="h2">VNPay</Heading>
      {status && (
        <>
          <Text size="small">
            Mã giao dịch {status.shop.txn_ref} · VNPay số {status.shop.paid?.transaction_no ?? "—"} (
            {status.shop.paid?.bank_code ?? "—"})
          </Text>
          <Text size="small">
            VNPay ghi nhận:{" "}
            <Badge color={status.vnpay.verified && status.vnpay.response_code === "00" ? "green" : "red"}>
              {status.vnpay.response_code} / {status.vnpay.transaction_status}
            </Badge>{" "}
            {formatVnd(status.vnpay.amount)} · {status.vnpay.message}
            {status.vnpay.verified ? "" : " (sai chữ ký)"}
          </Text>
        </>
      )}
      <Button size="small" variant="secondary" isLoading={busy} onClick={() => void query()}>
        Tra cứu giao dịch tại VNPay
      </Button>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderVnpay
