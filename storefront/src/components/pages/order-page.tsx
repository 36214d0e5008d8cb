import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { carrierLabel, formatVietnamesePhone, formatVnd, type StoreOrderShipment } from "@ocop-market/ocop"
import { OrderLookupForm } from "@/components/account/order-lookup-form"
import { Page } from "@/components/layout/shell"
import { BankTransferPanel, type BankTransfer } from "@/components/order/bank-transfer"
import { ORDER_TOKEN_HEADER } from "@ocop-market/ocop/revalidation"
import { backendFetch } from "@/lib/api/backend"
import { nullIfNotFound } from "@/lib/medusa/client"
import { formatDate, paths, t, type Locale } from "@/lib/i18n"
import { getCustomerToken, getOrderToken } from "@/lib/shop/session"

const ORDER_FIELDS =
  "id,display_id,email,status,payment_status,created_at,total,item_total,shipping_total,discount_total,*items,*shipping_address,*shipping_methods,*payment_collections.payments"

/**
 * The order as the backend shows it to this browser: with the access token it was given when it
 * placed (or looked up) the order, or to the logged-in customer who owns it; null for anyone else.
 */
async function orderForThisBrowser(id: string) {
  const [orderToken, customerToken] = await Promise.all([getOrderToken(id), getCustomerToken()])
  if (!orderToken && !customerToken) return { order: null, transfer: null, shipments: [] }
  const headers: Record<string, string> = orderToken ? { [ORDER_TOKEN_HEADER]: orderToken } : {}
  const access = { store: true, token: customerToken, headers }
  const path = encodeURIComponent(id)
  // the bank transfer to make, if the order is paid that way, and what is shipped (read beside the order: same access)
  const [order, transfer, shipped] = await Promise.all([
    nullIfNotFound(backendFetch<HttpTypes.StoreOrderResponse>(`/store/orders/${path}?fields=${ORDER_FIELDS}`, access)),
    nullIfNotFound(backendFetch<{ transfer: BankTransfer }>(`/store/ocop/orders/${path}/transfer`, access)),
    nullIfNotFound(backendFetch<{ shipments: StoreOrderShipment[] }>(`/store/ocop/orders/${path}/shipments`, access)),
  ])
  return { order: order?.order ?? null, transfer: transfer?.transfer ?? null, shipments: shipped?.shipments ?? [] }
}

/** How long after placing it the order page still thanks the shopper (later it is opened from the account or a lookup). */
const JUST_PLACED_MS = 60 * 60 * 1000

export async function OrderPage({ locale, id }: { locale: Locale; id: string }) {
  const m = t(locale)
  const { order, transfer, shipments } = await orderForThisBrowser(id)
  // someone else's link, or an order that does not exist: the same answer, a lookup
  if (!order) {
    return (
      <Page locale={locale} alternate={paths.order(locale === "vi" ? "en" : "vi", id)}>
        <section className="mx-auto flex max-w-md flex-col gap-4 rounded-lg border border-stone-200 bg-white p-6">
          <OrderLookupForm labels={m.orderLookup} />
        </section>
      </Page>
    )
  }
  const a = order.shipping_address
  const provider = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? [])[0]?.provider_id
  const justPlaced = order.status !== "canceled" && Date.now() - Date.parse(String(order.created_at)) < JUST_PLACED_MS
  return (
    <Page locale={locale} alternate={paths.order(locale === "vi" ? "en" : "vi", id)}>
      <section className="mx-auto flex max-w-2xl flex-col gap-4 rounded-lg border border-stone-200 bg-white p-6">
        <h1 className="text-2xl font-bold text-leaf-700">{justPlaced ? m.thanks : m.yourOrder}</h1>
        <p className="text-lg font-semibold" data-testid="order-number">
          {m.orderNumber(order.display_id ?? order.id)}
        </p>
        {/* what happens next: on the visit after placing it, and while a transfer is awaited */}
        {(justPlaced || transfer) && <p>{transfer ? m.orderPlacedTransfer : m.orderPlaced}</p>}
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="order-status">
          <dt className="font-semibold">{m.orderState}</dt>
          <dd>
            {formatDate(String(order.created_at).slice(0, 10))} · {m.orderStatus[order.status] ?? order.status}
          </dd>
          <dt className="font-semibold">{m.orderPayment}</dt>
          <dd>
            {[provider ? (m.payMethods[provider] ?? provider) : null, m.paymentStatus[order.payment_status]]
              .filter(Boolean)
              .join(" · ")}
          </dd>
        </dl>
        {transfer && <BankTransferPanel transfer={transfer} locale={locale} />}
        {a && (
          <div className="text-sm">
            <h2 className="font-semibold">{m.deliverTo}</h2>
            <p>
              {a.first_name} · {a.phone ? formatVietnamesePhone(a.phone) : ""} · {order.email}
            </p>
            <p>{[a.address_1, a.city, a.province].filter(Boolean).join(", ")}</p>
          </div>
        )}
        <ul className="divide-y divide-stone-200 text-sm">
          {(order.items ?? []).map((item) => (
            <li key={item.id} className="flex justify-between gap-3 py-2" data-testid="order-line">
              <span>
                {item.product_title ?? item.title}
                {item.variant_title ? ` (${item.variant_title})` : ""} × {item.quantity}
                <LineShipment shipments={shipments.filter((sh) => sh.line_id === item.id)} locale={locale} />
              </span>
              <span>{formatVnd(Number(item.total ?? item.unit_price * item.quantity))}</span>
            </li>
          ))}
        </ul>
        <dl className="grid grid-cols-[1fr_auto] gap-y-1 text-sm">
          <dt>{m.subtotal}</dt>
          <dd className="text-right">{formatVnd(Number(order.item_total) + Number(order.discount_total))}</dd>
          <dt>{m.shippingFee}</dt>
          <dd className="text-right">{formatVnd(Number(order.shipping_total))}</dd>
          {Number(order.discount_total) > 0 && (
            <>
              <dt>{m.discount}</dt>
              <dd className="text-right">−{formatVnd(Number(order.discount_total))}</dd>
            </>
          )}
          <dt className="text-base font-semibold">{m.total}</dt>
          <dd className="text-right text-base font-semibold" data-testid="order-total">
            {formatVnd(Number(order.total))}
          </dd>
        </dl>
        <Link href={paths.catalogue(locale)} className="font-semibold text-brand-700 underline">
          {m.continueShopping}
        </Link>
      </section>
    </Page>
  )
}

/** Shipped or not, with the tracking number the producer entered (each producer ships its own lines). */
function LineShipment({ shipments, locale }: { shipments: StoreOrderShipment[]; locale: Locale }) {
  const m = t(locale)
  if (!shipments.length) return <span className="block text-xs text-stone-500">{m.shipment.notYet}</span>
  return (
    <>
      {shipments.map((sh) => (
        <span key={sh.shipped_at} className="block text-xs text-leaf-700" data-testid="line-shipment">
          {m.shipment.shipped(
            formatDate(sh.shipped_at.slice(0, 10)),
            sh.carrier ? carrierLabel(sh.carrier, locale) : "",
            sh.tracking_numbers.join(", "),
          )}
        </span>
      ))}
    </>
  )
}
