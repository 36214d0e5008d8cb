import Link from "next/link"
import { formatVietnamesePhone, formatVnd } from "@ocop-market/ocop"
import { currentProvince, currentProvinces } from "@ocop-market/ocop/current-units"
import { CartLines, CartSummary } from "@/components/cart/cart-summary"
import { StripeCard } from "@/components/checkout/stripe-card"
import { AddressForm, ChoiceForm, ContactForm, PlaceOrderForm } from "@/components/checkout/forms"
import { Page } from "@/components/layout/shell"
import { paths, t, type Locale } from "@/lib/i18n"
import { CHECKOUT_STEPS, type CheckoutStep } from "@/lib/shop/checkout-steps"
import { medusa } from "@/lib/medusa"
import {
  type CartView,
  COD_PROVIDER,
  listPaymentChoices,
  listShippingChoices,
  STRIPE_PROVIDER,
  VIETQR_PROVIDER,
  VNPAY_PROVIDER,
} from "@/lib/medusa/cart"
import { loadCart } from "@/lib/shop/cart"
import { authHeaders } from "@/lib/shop/session"

/** Thanh Hóa: the programme's province, the first choice of the address form. */
const DEFAULT_PROVINCE = "38"

function doneSteps(cart: CartView): Record<CheckoutStep, boolean> {
  const a = cart.address
  return {
    contact: Boolean(cart.email && a?.phone && a.first_name),
    address: Boolean(a?.address_1 && a.city && a.province),
    shipping: Boolean(cart.shippingOptionId),
    payment: Boolean(cart.paymentProviderId),
    review: false,
  }
}

/** The step to show: the one asked for if every step before it is done, else the first one not done. */
export function currentStep(done: Record<CheckoutStep, boolean>, asked: string | undefined): CheckoutStep {
  const firstOpen = CHECKOUT_STEPS.find((s) => !done[s]) ?? "review"
  const askedStep = CHECKOUT_STEPS.find((s) => s === asked)
  if (askedStep && CHECKOUT_STEPS.indexOf(askedStep) <= CHECKOUT_STEPS.indexOf(firstOpen)) return askedStep
  return firstOpen
}

/** The address checkout starts from for a logged-in customer: the default one, else the first saved; null for a guest. */
async function savedAddress(): Promise<{ province_code: string; commune_code: string; street: string } | null> {
  const headers = await authHeaders()
  if (!headers.authorization) return null
  const { customer } = await medusa()
    .store.customer.retrieve({ fields: "*addresses" }, headers)
    .catch(() => ({ customer: null }))
  const addresses = customer?.addresses ?? []
  const chosen = addresses.find((x) => x.is_default_shipping) ?? addresses[0]
  const units = (chosen?.metadata ?? {}) as Record<string, string>
  if (!chosen || !units.province_code) return null
  return { province_code: units.province_code, commune_code: units.commune_code ?? "", street: chosen.address_1 ?? "" }
}

export async function CheckoutPage({ locale, step, vnpay }: { locale: Locale; step?: string; vnpay?: string }) {
  const m = t(locale)
  const { cart, removed } = await loadCart(locale)
  const alternate = paths.checkout(locale === "vi" ? "en" : "vi")
  if (!cart || cart.lines.length === 0) {
    return (
      <Page locale={locale} alternate={alternate}>
        <h1 className="mb-4 text-2xl font-bold">{m.checkout}</h1>
        <p role="alert" className="mb-3">
          {m.errors.emptyCart}
        </p>
        <Link href={paths.catalogue(locale)} className="font-semibold text-brand-700 underline">
          {m.continueShopping}
        </Link>
      </Page>
    )
  }
  const done = doneSteps(cart)
  const current = currentStep(done, step)
  const a = cart.address
  const meta = (a?.metadata ?? {}) as Record<string, string>

  let body: React.ReactNode
  if (current === "contact") {
    const initial = { full_name: a?.first_name ?? "", email: cart.email ?? "", phone: a?.phone ?? "" }
    const headers = await authHeaders()
    if (headers.authorization) {
      // a logged-in customer's details fill what the cart does not know yet
      const { customer } = await medusa()
        .store.customer.retrieve({}, headers)
        .catch(() => ({ customer: null }))
      if (customer) {
        initial.full_name ||= customer.first_name ?? ""
        initial.email ||= customer.email
        initial.phone ||= customer.phone ?? ""
      }
    }
    body = (
      <ContactForm
        initial={initial}
        labels={{ fullName: m.fullName, email: m.email, phone: m.phone, continue: m.continue }}
      />
    )
  } else if (current === "address") {
    // the cart's address, else a logged-in customer's default address (or first saved one)
    const saved = a?.address_1 ? null : await savedAddress()
    const from = saved ?? {
      province_code: meta.province_code ?? DEFAULT_PROVINCE,
      commune_code: meta.commune_code ?? "",
      street: a?.address_1 ?? "",
    }
    const provinceCode = from.province_code
    body = (
      <AddressForm
        provinces={currentProvinces().map((p) => ({ code: p.code, name: p.full_name }))}
        initial={from}
        initialCommunes={(currentProvince(provinceCode)?.communes ?? []).map((c) => ({
          code: c.code,
          name: c.full_name,
        }))}
        labels={{ province: m.province, commune: m.commune, street: m.street, choose: m.choose, continue: m.continue }}
      />
    )
  } else if (current === "shipping") {
    const choices = await listShippingChoices(medusa(), cart.id)
    body = (
      <ChoiceForm
        kind="shipping"
        name="option_id"
        legend={m.steps.shipping}
        choices={choices.map((c) => ({ id: c.id, label: c.name, detail: formatVnd(c.amount) }))}
        selected={cart.shippingOptionId}
        submit={m.continue}
      />
    )
  } else if (current === "payment") {
    const { cart: raw } = await medusa().store.cart.retrieve(cart.id, { fields: "region_id" })
    const providers = await listPaymentChoices(medusa(), raw.region_id!)
    body = (
      <ChoiceForm
        kind="payment"
        name="provider_id"
        legend={m.steps.payment}
        choices={providers.map((id) => ({ id, label: m.payMethods[id] ?? id, detail: m.payDetails[id] }))}
        selected={cart.paymentProviderId}
        submit={m.continue}
      />
    )
  } else if (
    cart.paymentProviderId === STRIPE_PROVIDER &&
    cart.paymentClientSecret &&
    process.env.STRIPE_PUBLISHABLE_KEY
  ) {
    body = (
      <StripeCard
        locale={locale}
        publishableKey={process.env.STRIPE_PUBLISHABLE_KEY}
        clientSecret={cart.paymentClientSecret}
        labels={{ placeOrder: m.placeOrder, loadFailed: m.errors.unavailable }}
      />
    )
  } else {
    body = <PlaceOrderForm label={cart.paymentProviderId === VNPAY_PROVIDER ? m.payWithVnpay : m.placeOrder} />
  }

  const summaries: Record<CheckoutStep, string | null> = {
    contact: done.contact ? `${a?.first_name} · ${cart.email} · ${formatVietnamesePhone(a!.phone!)}` : null,
    address: done.address ? [a?.address_1, a?.city, a?.province].join(", ") : null,
    shipping: done.shipping ? m.shippingFee + ": " + formatVnd(cart.shipping) : null,
    payment: done.payment ? (m.payMethods[cart.paymentProviderId!] ?? cart.paymentProviderId) : null,
    review: null,
  }

  return (
    <Page locale={locale} alternate={alternate}>
      <h1 className="mb-4 text-2xl font-bold">{m.checkout}</h1>
      {(vnpay === "failed" || vnpay === "pending") && (
        <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {vnpay === "failed" ? m.vnpayFailed : m.vnpayPending}
        </p>
      )}
      {removed.length > 0 && (
        <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {m.removedLines(removed.join(", "))}
        </p>
      )}
      <div className="grid gap-6 md:grid-cols-[1fr_22rem]">
        <ol className="flex flex-col gap-3">
          {CHECKOUT_STEPS.map((s, i) => (
            <li
              key={s}
              aria-current={s === current ? "step" : undefined}
              className="rounded-lg border border-stone-200 bg-white p-4"
              data-step={s}
            >
              <div className="flex items-center justify-between gap-3">
                <h2 className={`font-semibold ${s === current ? "text-brand-700" : ""}`}>
                  {i + 1}. {m.steps[s]}
                </h2>
                {s !== current && done[s] && (
                  <Link href={paths.checkout(locale, s)} className="text-sm underline">
                    {m.edit}
                  </Link>
                )}
              </div>
              {s === current ? (
                <div className="mt-3">{body}</div>
              ) : (
                summaries[s] && <p className="mt-1 text-sm text-stone-700">{summaries[s]}</p>
              )}
              {s === current && s === "review" && cart.paymentProviderId === COD_PROVIDER && (
                <p className="mt-2 text-sm text-stone-600">{m.codNote}</p>
              )}
              {s === current && s === "review" && cart.paymentProviderId === VIETQR_PROVIDER && (
                <p className="mt-2 text-sm text-stone-600">{m.transferNote}</p>
              )}
              {s === current && s === "review" && cart.paymentProviderId === VNPAY_PROVIDER && (
                <p className="mt-2 text-sm text-stone-600">{m.vnpayNote}</p>
              )}
            </li>
          ))}
        </ol>
        <aside className="flex h-fit flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
          <CartLines cart={cart} locale={locale} />
          <CartSummary cart={cart} locale={locale} />
        </aside>
      </div>
    </Page>
  )
}
