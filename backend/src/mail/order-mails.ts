/**
 * Who is told what about an order: the shopper when it is placed (lines, total, how to pay) and
 * when a part is shipped (the tracking number); each producer's active staff when it holds their
 * products — only their own lines and the delivery address, as the portal shows them — so a
 * household producer who does not watch the portal still ships on time. Mails in Vietnamese.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { carrierLabel } from "@ocop-market/ocop"
import { OCOP_MODULE, type OcopModuleService } from "../modules/ocop"
import { transferPaymentOfOrder } from "../queries/bank-transfers"
import { sqlOf } from "../queries/sql"
import { storefrontLink } from "./links"
import { ORDER_MAILS, type MailLine } from "./orders"

const texts = ORDER_MAILS.vi

type OrderForMail = {
  id: string
  display_id: number
  email: string | null
  total: number
  items: {
    id: string
    product_id: string | null
    product_title: string | null
    title: string
    variant_title: string | null
    quantity: number
    total: number
  }[]
  shipping_address: {
    first_name: string | null
    phone: string | null
    address_1: string | null
    city: string | null
    province: string | null
  } | null
  payment_collections?: { payments?: { provider_id: string; captured_at: string | null }[] }[]
}

async function orderForMail(container: MedusaContainer, id: string): Promise<OrderForMail | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "total",
      "items.*",
      "shipping_address.*",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
    ],
    filters: { id },
  })
  return (data[0] as unknown as OrderForMail) ?? null
}

const mailLine = (i: OrderForMail["items"][number]): MailLine => ({
  title: i.product_title ?? i.title,
  variant: i.variant_title && i.variant_title !== "Default variant" ? i.variant_title : null,
  quantity: Number(i.quantity),
  total: Number(i.total),
})

export async function mailOrderPlaced(container: MedusaContainer, orderId: string) {
  const order = await orderForMail(container, orderId)
  if (!order) return
  const notifications = container.resolve(Modules.NOTIFICATION)
  const payments = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? [])
  const transfer = await transferPaymentOfOrder(sqlOf(container), order.id)
  const pay = transfer
    ? texts.placed.transfer({
        bank: transfer.data.bank_name,
        account_no: transfer.data.account_no,
        account_name: transfer.data.account_name,
        amount: transfer.amount,
        reference: transfer.data.reference,
      })
    : payments.some((p) => p.captured_at)
      ? [texts.placed.paid]
      : payments.some((p) => p.provider_id === "pp_system_default")
        ? [texts.placed.cod]
        : []
  const mails = []
  if (order.email)
    mails.push({
      to: order.email,
      channel: "email",
      template: "order-placed",
      data: {
        subject: texts.placed.subject(order.display_id),
        lines: texts.placed.lines({
          number: order.display_id,
          lines: order.items.map(mailLine),
          total: Number(order.total),
          url: storefrontLink("order", "vi", {}, order.id),
          pay,
        }),
        order_id: order.id,
      },
    })
  // each producer's staff: their own lines only
  const productIds = [...new Set(order.items.map((i) => i.product_id).filter((id): id is string => !!id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "producer.id", "producer.name"],
    filters: { id: productIds },
  })
  const producerOf = new Map(
    (products as unknown as { id: string; producer?: { id: string; name: string } | null }[])
      .filter((p) => p.producer)
      .map((p) => [p.id, p.producer!]),
  )
  const producerIds = [...new Set([...producerOf.values()].map((p) => p.id))]
  const staff = producerIds.length
    ? await (container.resolve(OCOP_MODULE) as OcopModuleService).listProducerStaffs({
        producer_id: producerIds,
        status: "active",
      })
    : []
  const a = order.shipping_address
  for (const producerId of producerIds) {
    const own = order.items.filter((i) => i.product_id && producerOf.get(i.product_id)?.id === producerId)
    const name = [...producerOf.values()].find((p) => p.id === producerId)!.name
    for (const member of staff.filter((s) => s.producer_id === producerId)) {
      mails.push({
        to: member.email,
        channel: "email",
        template: "producer-new-order",
        data: {
          subject: texts.producerOrder.subject(order.display_id),
          lines: texts.producerOrder.lines({
            number: order.display_id,
            producer: name,
            lines: own.map(mailLine),
            to: {
              name: a?.first_name ?? "",
              phone: a?.phone ?? "",
              address: [a?.address_1, a?.city, a?.province].filter(Boolean).join(", "),
            },
            url: storefrontLink("portal", "vi"),
          }),
          order_id: order.id,
        },
      })
    }
  }
  if (mails.length) await notifications.createNotifications(mails)
}

export async function mailOrderShipped(container: MedusaContainer, orderId: string, fulfillmentId: string) {
  const order = await orderForMail(container, orderId)
  if (!order?.email) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "metadata", "labels.tracking_number", "items.line_item_id", "items.quantity"],
    filters: { id: fulfillmentId },
  })
  const fulfillment = data[0] as unknown as
    | {
        metadata?: { carrier?: string } | null
        labels?: { tracking_number: string }[]
        items?: { line_item_id: string; quantity: number }[]
      }
    | undefined
  if (!fulfillment) return
  const lines = (fulfillment.items ?? []).map((fi) => {
    const item = order.items.find((i) => i.id === fi.line_item_id)
    return `${item ? mailLine(item).title : fi.line_item_id} × ${Number(fi.quantity)}`
  })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-shipped",
    data: {
      subject: texts.shipped.subject(order.display_id),
      lines: texts.shipped.lines({
        number: order.display_id,
        lines,
        carrier: fulfillment.metadata?.carrier ? carrierLabel(fulfillment.metadata.carrier, "vi") : "",
        tracking: (fulfillment.labels ?? [])
          .map((l) => l.tracking_number)
          .filter(Boolean)
          .join(", "),
        url: storefrontLink("order", "vi", {}, order.id),
      }),
      order_id: order.id,
    },
  })
}

/**
 * Someone asked for a guest order (Medusa's order transfer): the link to confirm goes to the
 * address the order was placed with, so only its owner can move it into an account.
 */
export async function mailOrderClaim(container: MedusaContainer, orderId: string, changeId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: changes }] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "display_id", "email", "locale"], filters: { id: orderId } }),
    query.graph({
      entity: "order_change",
      fields: ["id", "actions.action", "actions.reference_id", "actions.details"],
      filters: { id: changeId },
    }),
  ])
  const order = orders[0] as unknown as { id: string; display_id: number; email: string | null; locale?: string | null }
  type Action = { action: string; reference_id: string | null; details: Record<string, unknown> | null } | null
  const actions = ((changes[0] as unknown as { actions?: Action[] } | undefined)?.actions ?? []) as Action[]
  const action = actions.find((a) => String(a?.action) === "TRANSFER_CUSTOMER")
  const token = (action?.details as { token?: string } | undefined)?.token
  if (!order?.email || !token || !action?.reference_id) return
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["email"],
    filters: { id: action.reference_id },
  })
  const locale = order.locale?.startsWith("en") ? "en" : "vi"
  const texts = ORDER_MAILS[locale].claim
  const url = storefrontLink("claimOrder", locale, { order: order.id, number: String(order.display_id), token })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-claim",
    data: {
      subject: texts.subject(order.display_id),
      lines: texts.lines({ number: order.display_id, account: customers[0]?.email ?? order.email, url }),
      url,
      order_id: order.id,
    },
  })
}
