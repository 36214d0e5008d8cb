"use server"

// the visitor's own pages are rendered again; the shared cached pages are left alone
import { refresh } from "next/cache"
import { cartLocale, MAX_LINE_QUANTITY, type ShopLocale } from "@ocop-market/ocop"
import { z } from "zod"
import { t } from "@/lib/i18n"
import { getVietnamRegion, medusa } from "@/lib/medusa"
import { retrieveCart } from "@/lib/medusa/cart"
import { keepCartLanguage } from "./cart"
import { type FormState, isStockError } from "./errors"
import { authHeaders, getCartId, setCartId } from "./session"
import { actionLocale } from "@/lib/i18n/server"
import { backendFetch, retryIfCartBusy } from "@/lib/api/backend"
import { refusalState } from "@/lib/api/refusals"
import { shopperHeaders } from "@/lib/api/shopper"

const quantity = z.coerce.number().int().min(1).max(MAX_LINE_QUANTITY)

/**
 * The shopper's open cart, created on the first add (a completed or vanished cart is replaced), in
 * the language of the page they add from.
 */
async function openCartId(locale: ShopLocale): Promise<string> {
  const client = medusa()
  const existing = await getCartId()
  if (existing) {
    const cart = await retrieveCart(client, existing)
    if (cart && !cart.completed_at) {
      await keepCartLanguage(cart, locale)
      return cart.id
    }
  }
  const region = await getVietnamRegion(client)
  const { cart } = await client.store.cart.create(
    { region_id: region.id, locale: cartLocale(locale) },
    {},
    await authHeaders(),
  )
  await setCartId(cart.id)
  return cart.id
}

/** How many of a variant the stock holds, for a message that says what is possible. */
async function stockOf(productId: string, variantId: string): Promise<number | null> {
  const region = await getVietnamRegion(medusa())
  const { products } = await medusa().store.product.list({
    id: productId,
    region_id: region.id,
    fields: "id,variants.id,+variants.inventory_quantity,+variants.manage_inventory",
  })
  const v = products[0]?.variants?.find((x) => x.id === variantId)
  return v && v.manage_inventory ? (v.inventory_quantity ?? 0) : null
}

export async function addToCart(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const productId = String(form.get("product_id") ?? "")
  const values = { variant_id: String(form.get("variant_id") ?? ""), quantity: String(form.get("quantity") ?? "1") }
  if (!values.variant_id) return { fieldErrors: { variant_id: m.variantRequired }, values }
  const qty = quantity.safeParse(values.quantity)
  if (!qty.success) return { fieldErrors: { quantity: m.quantityInvalid }, values }
  try {
    const cartId = await openCartId(locale)
    await retryIfCartBusy(() =>
      backendFetch(`/store/carts/${cartId}/line-items`, {
        body: { variant_id: values.variant_id, quantity: qty.data },
        store: true,
      }),
    )
  } catch (e) {
    if (isStockError(e))
      return { fieldErrors: { quantity: m.onlyLeft((await stockOf(productId, values.variant_id)) ?? 0) }, values }
    return { formError: m.errors.unavailable, values }
  }
  refresh()
  return { ok: true, values }
}

export async function updateLine(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const lineId = String(form.get("line_id") ?? "")
  const values = { quantity: String(form.get("quantity") ?? "") }
  const cartId = await getCartId()
  if (!cartId || !lineId) return { formError: m.errors.emptyCart }
  const remove = form.get("intent") === "remove"
  const qty = quantity.safeParse(values.quantity)
  if (!remove && !qty.success) return { fieldErrors: { quantity: m.quantityInvalid }, values }
  try {
    if (remove) await medusa().store.cart.deleteLineItem(cartId, lineId)
    else
      await retryIfCartBusy(() =>
        backendFetch(`/store/carts/${cartId}/line-items/${lineId}`, { body: { quantity: qty.data! }, store: true }),
      )
  } catch (e) {
    if (isStockError(e)) {
      const cart = await retrieveCart(medusa(), cartId)
      const item = cart?.items?.find((i) => i.id === lineId)
      const stock = item?.product_id && item.variant_id ? await stockOf(item.product_id, item.variant_id) : 0
      return { fieldErrors: { quantity: m.onlyLeft(stock ?? 0) }, values }
    }
    return { formError: m.errors.unavailable, values }
  }
  refresh()
  return { ok: true }
}

/**
 * A discount code typed in the cart: the backend checks it (unknown, not started, ended, used up,
 * for other products) and applies it through Medusa's promotions; a refusal is said at the field.
 */
export async function applyPromoCode(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const values = { code: String(form.get("code") ?? "").trim() }
  if (!values.code) return { fieldErrors: { code: t(locale).promo.empty }, values }
  const cartId = await getCartId()
  if (!cartId) return { formError: t(locale).errors.emptyCart, values }
  try {
    await backendFetch(`/store/ocop/carts/${encodeURIComponent(cartId)}/promo-code`, {
      method: "POST",
      body: values,
      store: true,
      headers: await shopperHeaders(),
    })
  } catch (e) {
    return refusalState(locale, e, ["code"], values)
  }
  refresh()
  return { ok: true }
}

/** The shopper takes a code off again (Medusa's own route): the prices without it. */
export async function removePromoCode(_prev: FormState, form: FormData): Promise<FormState> {
  const cartId = await getCartId()
  const code = String(form.get("code") ?? "")
  if (cartId && code) {
    await medusa()
      .store.cart.removePromotions(cartId, { promo_codes: [code] }, {}, await authHeaders())
      .catch(() => undefined) // gone already: the page shows what is left
  }
  refresh()
  return { ok: true }
}
