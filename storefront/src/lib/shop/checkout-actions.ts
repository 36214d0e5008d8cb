"use server"

// the visitor's own pages are rendered again; the shared cached pages are left alone
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { normalizeVietnamesePhone } from "@ocop-market/ocop"
import { paths, t, type Locale } from "@/lib/i18n"
import type { CheckoutStep } from "./checkout-steps"
import { medusa } from "@/lib/medusa"
import { listPaymentChoices, listShippingChoices, retrieveCart, VNPAY_PROVIDER } from "@/lib/medusa/cart"
import { type FormState, isStockError, medusaMessage } from "./errors"
import { authHeaders, clearCartId, getCartId } from "./session"
import { shopperIp } from "@/lib/api/shopper"
import { completeCart } from "./complete-cart"
import { addressFromForm } from "./address-form"
import { actionLocale } from "@/lib/i18n/server"

function valuesOf(form: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(form.get(n) ?? "").trim()]))
}

/** The open cart, or a form error saying the cart is empty. */
async function openCart(locale: Locale) {
  const id = await getCartId()
  const cart = id ? await retrieveCart(medusa(), id) : null
  if (!cart || cart.completed_at || !cart.items?.length) return { error: t(locale).errors.emptyCart } as const
  return { cart } as const
}

function next(locale: Locale, step: CheckoutStep): never {
  refresh()
  redirect(paths.checkout(locale, step))
}

export async function saveContact(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const values = valuesOf(form, ["full_name", "email", "phone"])
  const fieldErrors: Record<string, string> = {}
  if (values.full_name.length < 2 || values.full_name.length > 100) fieldErrors.full_name = m.errors.fullName
  if (!z.email().safeParse(values.email).success) fieldErrors.email = m.errors.email
  const phone = normalizeVietnamesePhone(values.phone)
  if (!phone) fieldErrors.phone = m.errors.phone
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }
  const open = await openCart(locale)
  if ("error" in open) return { formError: open.error, values }
  const a = open.cart.shipping_address
  try {
    await medusa().store.cart.update(
      open.cart.id,
      {
        email: values.email.toLowerCase(),
        shipping_address: {
          first_name: values.full_name,
          last_name: "",
          phone: phone!,
          country_code: "vn",
          province: a?.province ?? undefined,
          city: a?.city ?? undefined,
          address_1: a?.address_1 ?? undefined,
          metadata: a?.metadata ?? undefined,
        },
      },
      {},
      await authHeaders(),
    )
  } catch (e) {
    return { formError: `${m.errors.unavailable} (${medusaMessage(e).message})`, values }
  }
  next(locale, "address")
}

export async function saveAddress(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const parsed = addressFromForm(form, m)
  const values = parsed.values
  if ("fieldErrors" in parsed) return { fieldErrors: parsed.fieldErrors, values }
  const open = await openCart(locale)
  if ("error" in open) return { formError: open.error, values }
  const a = open.cart.shipping_address
  if (!open.cart.email || !a?.phone) return { formError: m.errors.incomplete, values }
  const address = {
    first_name: a.first_name ?? "",
    last_name: a.last_name ?? "",
    phone: a.phone,
    country_code: "vn",
    ...parsed.address,
  }
  try {
    await medusa().store.cart.update(
      open.cart.id,
      { shipping_address: address, billing_address: address },
      {},
      await authHeaders(),
    )
  } catch (e) {
    return { formError: `${m.errors.unavailable} (${medusaMessage(e).message})`, values }
  }
  next(locale, "shipping")
}

/**
 * A checkout step that picks one of the cart's choices (a shipping option, a payment provider): the
 * choice checked against what the backend offers, saved, then on to the next step.
 */
type OpenCart = Extract<Awaited<ReturnType<typeof openCart>>, { cart: unknown }>["cart"]

function choiceStep<Choice>(
  field: "option_id" | "provider_id",
  step: { next: Parameters<typeof next>[1]; error: (m: ReturnType<typeof t>) => string },
  choices: (cart: OpenCart) => Promise<Choice[]>,
  isChoice: (choice: Choice, value: string) => boolean,
  save: (cart: OpenCart, value: string) => Promise<unknown>,
) {
  return async (_prev: FormState, form: FormData): Promise<FormState> => {
    const locale = await actionLocale()
    const m = t(locale)
    const values = valuesOf(form, [field])
    const open = await openCart(locale)
    if ("error" in open) return { formError: open.error, values }
    if (!(await choices(open.cart)).some((c) => isChoice(c, values[field]!)))
      return { fieldErrors: { [field]: step.error(m) }, values }
    try {
      await save(open.cart, values[field]!)
    } catch (e) {
      return { formError: `${m.errors.unavailable} (${medusaMessage(e).message})`, values }
    }
    next(locale, step.next)
  }
}

const shippingStep = choiceStep(
  "option_id",
  { next: "payment", error: (m) => m.errors.shipping },
  (cart) => listShippingChoices(medusa(), cart.id),
  (choice, id) => choice.id === id,
  async (cart, id) => medusa().store.cart.addShippingMethod(cart.id, { option_id: id }, {}, await authHeaders()),
)

const paymentStep = choiceStep(
  "provider_id",
  { next: "review", error: (m) => m.errors.payment },
  (cart) => listPaymentChoices(medusa(), cart.region_id!),
  (provider, id) => provider === id,
  async (cart, id) =>
    medusa().store.payment.initiatePaymentSession(
      cart,
      // VNPay asks for the shopper's address and shows its page in their language
      {
        provider_id: id,
        ...(id === VNPAY_PROVIDER ? { data: { client_ip: await shopperIp(), locale: await actionLocale() } } : {}),
      },
      {},
      await authHeaders(),
    ),
)

// a server-actions file exports async functions only
export async function saveShipping(prev: FormState, form: FormData) {
  return shippingStep(prev, form)
}
export async function savePayment(prev: FormState, form: FormData) {
  return paymentStep(prev, form)
}

export async function placeOrder(_prev: FormState): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const open = await openCart(locale)
  if ("error" in open) return { formError: open.error }
  const c = open.cart
  if (
    !c.email ||
    !c.shipping_address?.address_1 ||
    !c.shipping_methods?.length ||
    !c.payment_collection?.payment_sessions?.length
  ) {
    return { formError: m.errors.incomplete }
  }
  // VNPay: the shopper pays on VNPay's page; its IPN completes the cart (checkout/vnpay/route.ts shows the result)
  const session = c.payment_collection.payment_sessions[0]
  if (session?.provider_id === VNPAY_PROVIDER) {
    const url = (session.data as { payment_url?: unknown }).payment_url
    if (typeof url !== "string") return { formError: m.errors.unavailable }
    redirect(url)
  }
  let orderId: string
  try {
    const result = await completeCart(c.id)
    if ("error" in result) return { formError: m.errors.orderFailed(result.error) }
    orderId = result.orderId
  } catch (e) {
    // lost the race for the last units: say which, in the shopper's language; the cart stays
    if (isStockError(e)) {
      const { product, pack } = e.error.params ?? {}
      return { formError: m.errors.soldOutAt(String(product ?? ""), String(pack ?? "")) }
    }
    // Prices may have changed under the cart (a campaign ended, a budget ran out): recompute them
    // so the page the shopper returns to shows what ordering now costs.
    await medusa()
      .store.cart.update(c.id, {}, {}, await authHeaders())
      .catch(() => undefined)
    refresh()
    return { formError: m.errors.orderFailed(medusaMessage(e).message) }
  }
  await clearCartId()
  refresh()
  redirect(paths.order(locale, orderId))
}
