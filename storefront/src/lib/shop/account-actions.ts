"use server"

// the visitor's own pages are rendered again; the shared cached pages are left alone
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { normalizeVietnamesePhone } from "@ocop-market/ocop"
import { paths, t } from "@/lib/i18n"
import { medusa } from "@/lib/medusa"
import { type FormState, medusaMessage } from "./errors"
import { clearCustomerToken, getCartId, setCustomerToken } from "./session"
import { actionLocale } from "@/lib/i18n/server"
import { loginFromForm } from "@/lib/auth/login"
import { shopperClient } from "@/lib/api/shopper"

/** After logging in, the cart the shopper filled as a guest becomes theirs. */
async function adoptCart(token: string) {
  const cartId = await getCartId()
  if (!cartId) return
  await medusa()
    .store.cart.transferCart(cartId, {}, { authorization: `Bearer ${token}` })
    .catch(() => undefined) // a completed or foreign cart is simply left as it is
}

export async function login(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const result = await loginFromForm("customer", form, m)
  if ("refused" in result) return result.refused
  await setCustomerToken(result.token)
  await adoptCart(result.token)
  refresh()
  redirect(paths.account(locale))
}

export async function register(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const values = {
    full_name: String(form.get("full_name") ?? "").trim(),
    email: String(form.get("email") ?? "")
      .trim()
      .toLowerCase(),
    phone: String(form.get("phone") ?? "").trim(),
  }
  const password = String(form.get("password") ?? "")
  const fieldErrors: Record<string, string> = {}
  if (values.full_name.length < 2 || values.full_name.length > 100) fieldErrors.full_name = m.errors.fullName
  if (!z.email().safeParse(values.email).success) fieldErrors.email = m.errors.email
  const phone = values.phone ? normalizeVietnamesePhone(values.phone) : null
  if (values.phone && !phone) fieldErrors.phone = m.errors.phone
  if (password.length < 8) fieldErrors.password = m.errors.password
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }

  const client = await shopperClient()
  let token: string
  // Medusa's auth refuses (401) a registration only when the e-mail has an identity already
  const registration = await client.auth
    .register("customer", "emailpass", { email: values.email, password })
    .catch((e: unknown) => (medusaMessage(e).status === 401 ? "taken" : null))
  if (registration === "taken") return { fieldErrors: { email: m.errors.emailTaken }, values }
  if (!registration) return { formError: m.errors.unavailable, values }
  try {
    await client.store.customer.create(
      { email: values.email, first_name: values.full_name, last_name: "", phone: phone ?? undefined },
      {},
      { authorization: `Bearer ${registration}` },
    )
    const result = await client.auth.login("customer", "emailpass", { email: values.email, password })
    if (typeof result !== "string") return { formError: m.errors.unavailable, values }
    token = result
  } catch {
    return { formError: m.errors.unavailable, values }
  }
  await setCustomerToken(token)
  await adoptCart(token)
  refresh()
  redirect(paths.account(locale))
}

export async function logout(): Promise<void> {
  await clearCustomerToken()
  refresh()
  redirect(paths.home(await actionLocale()))
}
