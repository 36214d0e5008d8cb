"use server"

// the visitor's own pages are rendered again; the shared cached pages are left alone
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { MIN_PASSWORD_LENGTH, normalizeVietnamesePhone } from "@ocop-market/ocop"
import { paths, t } from "@/lib/i18n"
import { medusa } from "@/lib/medusa"
import { backendFetch, ApiFailure } from "@/lib/api/backend"
import { refusalState } from "@/lib/api/refusals"
import { shopperHeaders } from "@/lib/api/shopper"
import type { FormState } from "./errors"
import { clearCustomerToken, getCartId, getCustomerToken, setCustomerToken } from "./session"
import { actionLocale } from "@/lib/i18n/server"
import { credentialsOf, loginFromForm, passwordLogin } from "@/lib/auth/login"
import { requestReset, setNewPassword } from "@/lib/auth/password-reset"
import { addressFromForm } from "./address-form"

/** After logging in, the cart the shopper filled as a guest becomes theirs. */
async function adoptCart(token: string) {
  const cartId = await getCartId()
  if (!cartId) return
  await medusa()
    .store.cart.transferCart(cartId, {}, { authorization: `Bearer ${token}` })
    .catch(() => undefined) // a completed or foreign cart is simply left as it is
}

/** Logged in from now on: the token kept, the guest cart adopted, to the account page. */
async function enter(token: string): Promise<never> {
  await setCustomerToken(token)
  await adoptCart(token)
  refresh()
  redirect(paths.account(await actionLocale()))
}

export async function login(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await loginFromForm("customer", form, t(await actionLocale()))
  if ("refused" in result) return result.refused
  return enter(result.token)
}

/**
 * Sign up: the backend mails a confirmation link (or, for an address that has an account, a note
 * to its owner) and answers the same either way, so the form says "check your mail" to everyone.
 */
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
  if (values.phone && !normalizeVietnamesePhone(values.phone)) fieldErrors.phone = m.errors.phone
  if (password.length < MIN_PASSWORD_LENGTH) fieldErrors.password = m.errors.password
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }
  try {
    await backendFetch("/store/ocop/accounts", {
      method: "POST",
      store: true,
      body: { ...values, phone: values.phone || null, password, locale },
      headers: await shopperHeaders(),
    })
  } catch (e) {
    return refusalState(locale, e, ["full_name", "email", "phone", "password"], values)
  }
  return { ok: true, notice: m.signUp.sent(values.email), values }
}

/** The link from the confirmation mail, with the password chosen at sign-up: the account opens, logged in. */
export async function confirmSignUp(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const sent = credentialsOf(form, m)
  const token = String(form.get("token") ?? "")
  try {
    await backendFetch("/store/ocop/accounts/confirm", {
      method: "POST",
      store: true,
      body: { email: sent.values.email, token, password: sent.password },
      headers: await shopperHeaders(),
    })
  } catch (e) {
    if (e instanceof ApiFailure && e.error.code === "password_wrong")
      return { fieldErrors: { password: m.signUp.passwordWrong }, values: sent.values }
    if (e instanceof ApiFailure && ["sign_up_link_invalid", "invalid_format", "too_small"].includes(e.error.code))
      return { formError: m.signUp.linkInvalid, values: sent.values }
    return refusalState(locale, e, [], sent.values)
  }
  const result = await passwordLogin("customer", sent, m)
  if ("refused" in result) return result.refused
  return enter(result.token)
}

/** A shopper asks for a reset link. */
export async function requestCustomerPasswordReset(_prev: FormState, form: FormData): Promise<FormState> {
  return requestReset("customer", form, t(await actionLocale()))
}

/** A shopper sets the new password from the mail's link, then logs in with it. */
export async function resetCustomerPassword(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const refused = await setNewPassword("customer", form, t(locale))
  if (refused) return refused
  redirect(`${paths.account(locale)}?reset=1`)
}

export async function logout(): Promise<void> {
  await clearCustomerToken()
  refresh()
  redirect(paths.home(await actionLocale()))
}

/** Name and phone (the Vietnamese phone rule, as at checkout), through Medusa's own profile route. */
export async function updateProfile(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const values = {
    full_name: String(form.get("full_name") ?? "").trim(),
    phone: String(form.get("phone") ?? "").trim(),
  }
  const fieldErrors: Record<string, string> = {}
  if (values.full_name.length < 2 || values.full_name.length > 100) fieldErrors.full_name = m.errors.fullName
  const phone = values.phone ? normalizeVietnamesePhone(values.phone) : null
  if (values.phone && !phone) fieldErrors.phone = m.errors.phone
  if (Object.keys(fieldErrors).length) return { fieldErrors, values, ok: false }
  try {
    await backendFetch("/store/customers/me", {
      method: "POST",
      store: true,
      token: await getCustomerToken(),
      body: { first_name: values.full_name, phone },
    })
  } catch (e) {
    return refusalState(locale, e, ["phone"], values)
  }
  refresh()
  return { ok: true, notice: m.profile.saved, values: { ...values, phone: phone ?? "" } }
}

/** A new password, with the current one; a wrong current one is said at its field, nothing changed. */
export async function changePassword(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const current = String(form.get("current_password") ?? "")
  const next = String(form.get("new_password") ?? "")
  if (next.length < MIN_PASSWORD_LENGTH) return { fieldErrors: { new_password: m.errors.password } }
  try {
    await backendFetch("/store/ocop/account/password", {
      method: "POST",
      store: true,
      token: await getCustomerToken(),
      body: { current_password: current, new_password: next, locale },
      headers: await shopperHeaders(),
    })
  } catch (e) {
    if (e instanceof ApiFailure && e.error.code === "password_wrong")
      return { fieldErrors: { current_password: m.profile.currentWrong } }
    return refusalState(locale, e, ["current_password", "new_password"])
  }
  return { ok: true, notice: m.profile.passwordChanged }
}

/**
 * An address of the address book, new (no `address_id`) or changed, delivered to the account's
 * name and phone; "default" makes it the one checkout starts from. Medusa's own address routes,
 * with our unit check at their door; another customer's address id is "not found".
 */
export async function saveAccountAddress(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const parsed = addressFromForm(form, m)
  if ("fieldErrors" in parsed) return { fieldErrors: parsed.fieldErrors, values: parsed.values }
  const token = await getCustomerToken()
  const id = String(form.get("address_id") ?? "")
  try {
    const { customer } = await backendFetch<{ customer: { first_name: string | null; phone: string | null } }>(
      "/store/customers/me?fields=first_name,phone",
      { store: true, token },
    )
    await backendFetch(`/store/customers/me/addresses${id ? `/${encodeURIComponent(id)}` : ""}`, {
      method: "POST",
      store: true,
      token,
      body: {
        first_name: customer.first_name ?? "",
        last_name: "",
        phone: customer.phone ?? undefined,
        country_code: "vn",
        ...parsed.address,
        is_default_shipping: form.get("is_default") === "on",
      },
    })
  } catch (e) {
    return refusalState(locale, e, ["province_code", "commune_code", "street"], parsed.values)
  }
  refresh()
  return { ok: true, notice: m.addresses.saved }
}

/** One address of the book: taken out, or made the default. */
export async function changeAccountAddress(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const id = encodeURIComponent(String(form.get("address_id") ?? ""))
  const token = await getCustomerToken()
  try {
    if (form.get("intent") === "delete")
      await backendFetch(`/store/customers/me/addresses/${id}`, { method: "DELETE", store: true, token })
    else
      await backendFetch(`/store/customers/me/addresses/${id}`, {
        method: "POST",
        store: true,
        token,
        body: { is_default_shipping: true },
      })
  } catch (e) {
    return refusalState(locale, e, [])
  }
  refresh()
  return { ok: true }
}
