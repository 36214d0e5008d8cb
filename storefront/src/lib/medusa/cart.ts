import type Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"

/** Cart fields the cart page and checkout read, on top of Medusa's defaults. */
export const CART_FIELDS =
  "*items,*items.variant,+items.variant.inventory_quantity,+items.variant.manage_inventory,+items.variant.allow_backorder,*shipping_methods,*payment_collection,*payment_collection.payment_sessions,*items.adjustments,*promotions"

export type CartLine = {
  id: string
  title: string
  variantTitle: string | null
  productHandle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  total: number
  /** What discounts take off this line, in dong, and the codes the shopper typed that do it. */
  discount: number
  codes: string[]
  /** How many more can be bought; null when the variant does not track stock. */
  stock: number | null
}

export type CartView = {
  id: string
  email: string | null
  lines: CartLine[]
  count: number
  subtotal: number
  shipping: number
  discount: number
  /** The discount codes the shopper applied (campaigns' automatic discounts are not codes to show). */
  codes: string[]
  total: number
  address: HttpTypes.StoreCartAddress | null
  shippingOptionId: string | null
  paymentProviderId: string | null
  /** Stripe's client secret for the card form, when paying by card. */
  paymentClientSecret: string | null
  completed: boolean
}

export async function retrieveCart(client: Medusa, cartId: string): Promise<HttpTypes.StoreCart | null> {
  try {
    const { cart } = await client.store.cart.retrieve(cartId, { fields: CART_FIELDS })
    return cart
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null
    throw e
  }
}

/**
 * Lines whose product was deleted or unpublished since they were added: Medusa keeps them in the
 * cart but cannot complete it, so the storefront takes them out and tells the shopper which.
 */
export function unavailableLines(cart: HttpTypes.StoreCart): HttpTypes.StoreCartLineItem[] {
  return (cart.items ?? []).filter((item) => !item.variant || !item.variant_id)
}

export function toCartView(cart: HttpTypes.StoreCart): CartView {
  const codes = (cart.promotions ?? []).filter((p) => !p.is_automatic && p.code).map((p) => p.code!)
  const lines: CartLine[] = (cart.items ?? [])
    .slice()
    .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
    .map((item) => {
      const v = item.variant as (HttpTypes.StoreProductVariant & { inventory_quantity?: number }) | undefined
      return {
        id: item.id,
        title: item.product_title ?? item.title,
        variantTitle: item.variant_title && item.variant_title !== "Default variant" ? item.variant_title : null,
        productHandle: item.product_handle ?? null,
        thumbnail: item.thumbnail ?? null,
        quantity: item.quantity,
        unitPrice: Number(item.unit_price),
        total: Number(item.total ?? item.unit_price * item.quantity),
        discount: Number(item.discount_total ?? 0),
        codes: [...new Set((item.adjustments ?? []).map((a) => a.code ?? "").filter((c) => codes.includes(c)))],
        stock: v && v.manage_inventory && !v.allow_backorder ? (v.inventory_quantity ?? 0) : null,
      }
    })
  const session = cart.payment_collection?.payment_sessions?.[0]
  return {
    id: cart.id,
    email: cart.email ?? null,
    lines,
    count: lines.reduce((n, l) => n + l.quantity, 0),
    // before discounts (Medusa's item_total is after them): the summary then takes the discount off
    subtotal: Number(cart.item_total ?? 0) + Number(cart.discount_total ?? 0),
    shipping: Number(cart.shipping_total ?? 0),
    discount: Number(cart.discount_total ?? 0),
    codes,
    total: Number(cart.total ?? 0),
    address: cart.shipping_address ?? null,
    shippingOptionId: cart.shipping_methods?.[0]?.shipping_option_id ?? null,
    paymentProviderId: session?.provider_id ?? null,
    paymentClientSecret: ((session?.data ?? {}) as { client_secret?: string }).client_secret ?? null,
    completed: Boolean(cart.completed_at),
  }
}

export type ShippingChoice = { id: string; name: string; amount: number }

export async function listShippingChoices(client: Medusa, cartId: string): Promise<ShippingChoice[]> {
  const { shipping_options } = await client.store.fulfillment.listCartOptions({ cart_id: cartId })
  return shipping_options
    .map((o) => ({ id: o.id, name: o.name, amount: Number(o.amount ?? o.calculated_price?.calculated_amount ?? 0) }))
    .sort((a, b) => a.amount - b.amount)
}

export const COD_PROVIDER = "pp_system_default"
export const VIETQR_PROVIDER = "pp_vietqr_vietqr"
export const VNPAY_PROVIDER = "pp_vnpay_vnpay"
export const STRIPE_PROVIDER = "pp_stripe_stripe"

/** The order Vietnamese shoppers prefer: cash on delivery, then bank transfer, VNPay, then card. */
const PAYMENT_ORDER = [COD_PROVIDER, VIETQR_PROVIDER, VNPAY_PROVIDER, STRIPE_PROVIDER]

/**
 * Payment providers the shopper can use, each only when the backend offers it: cash on delivery
 * ("pp_system_default") first, bank transfer by VietQR, VNPay, then Stripe ("pp_stripe_stripe") when the
 * storefront also has Stripe's publishable key (STRIPE_PUBLISHABLE_KEY) to show the card form.
 */
export async function listPaymentChoices(client: Medusa, regionId: string): Promise<string[]> {
  const { payment_providers } = await client.store.payment.listPaymentProviders({ region_id: regionId })
  const rank = (id: string) => (PAYMENT_ORDER.includes(id) ? PAYMENT_ORDER.indexOf(id) : PAYMENT_ORDER.length)
  return payment_providers
    .map((p) => p.id)
    .filter((id) => id !== STRIPE_PROVIDER || Boolean(process.env.STRIPE_PUBLISHABLE_KEY))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}
