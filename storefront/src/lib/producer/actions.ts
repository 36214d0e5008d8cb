"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { paths, t, type Locale } from "@/lib/i18n"
import { medusa } from "@/lib/medusa"
import { backendFetch } from "@/lib/api/backend"
import { refusalState, refusalText } from "@/lib/api/refusals"
import type { FormState } from "@/lib/shop/errors"
import { clearProducerToken, getProducerToken, setProducerToken } from "@/lib/shop/session"
import { actionLocale } from "@/lib/i18n/server"

const home = paths.portal

/** The logged-in staff member's token; without one, to the portal's login page. */
async function tokenOrLogin(locale: Locale): Promise<string> {
  const token = await getProducerToken()
  if (!token) redirect(paths.portalLogin(locale))
  return token
}

export async function producerLogin(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const values = {
    email: String(form.get("email") ?? "")
      .trim()
      .toLowerCase(),
  }
  const password = String(form.get("password") ?? "")
  if (!z.email().safeParse(values.email).success) return { fieldErrors: { email: m.errors.email }, values }
  try {
    const token = await medusa().auth.login("producer", "emailpass", { email: values.email, password })
    if (typeof token !== "string") return { formError: m.errors.login, values }
    await setProducerToken(token)
  } catch {
    return { formError: m.errors.login, values }
  }
  redirect(home(locale))
}

/** Take up an invite: a new e-mail/password identity, bound to the staff record the token names. */
export async function acceptInvite(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const values = {
    email: String(form.get("email") ?? "")
      .trim()
      .toLowerCase(),
    token: String(form.get("token") ?? ""),
  }
  const password = String(form.get("password") ?? "")
  const fieldErrors: Record<string, string> = {}
  if (!z.email().safeParse(values.email).success) fieldErrors.email = m.errors.email
  if (password.length < 8) fieldErrors.password = m.errors.password
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }
  const client = medusa()
  try {
    const registration = await client.auth.register("producer", "emailpass", { email: values.email, password })
    await backendFetch("/producer/invites/accept", {
      method: "POST",
      body: { token: values.token },
      token: registration,
    })
    const token = await client.auth.login("producer", "emailpass", { email: values.email, password })
    if (typeof token !== "string") return { formError: m.errors.unavailable, values }
    await setProducerToken(token)
  } catch (e) {
    return refusalState(locale, e, [], values)
  }
  redirect(home(locale))
}

export async function producerLogout(): Promise<void> {
  await clearProducerToken()
  redirect(paths.portalLogin(await actionLocale()))
}

/** Stock or price of one variant: the backend checks ownership and the numbers. */
export async function updateVariant(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const kind = form.get("kind") === "price" ? "price" : "stock"
  const field = kind === "price" ? "amount" : "stocked_quantity"
  const raw = String(form.get(field) ?? "")
    .trim()
    .replace(/[.\s₫]/g, "")
  const values = { [field]: String(form.get(field) ?? "") }
  const n = Number(raw)
  const token = await tokenOrLogin(locale)
  try {
    await backendFetch(`/producer/products/${form.get("product_id")}/variants/${form.get("variant_id")}/${kind}`, {
      method: "POST",
      body: { [field]: raw === "" ? Number.NaN : n },
      token,
    })
  } catch (e) {
    return { fieldErrors: { [field]: refusalText(locale, e).text }, values }
  }
  revalidatePath(home(locale), "layout")
  return { ok: true, values }
}

/** Mark the producer's line of an order as shipped, with the carrier's tracking number. */
export async function shipLine(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const values = { tracking_number: String(form.get("tracking_number") ?? "").trim() }
  const token = await tokenOrLogin(locale)
  try {
    await backendFetch(`/producer/orders/${form.get("order_id")}/lines/${form.get("line_id")}/ship`, {
      method: "POST",
      body: values,
      token,
    })
  } catch (e) {
    return { fieldErrors: { tracking_number: refusalText(locale, e).text }, values }
  }
  revalidatePath(home(locale), "layout")
  return { ok: true, values }
}

/** Ask for a reset link; the answer is the same whether or not the address has an account. */
export async function requestPasswordReset(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const values = {
    email: String(form.get("email") ?? "")
      .trim()
      .toLowerCase(),
  }
  if (!z.email().safeParse(values.email).success) return { fieldErrors: { email: t(locale).errors.email }, values }
  await medusa()
    .auth.resetPassword("producer", "emailpass", { identifier: values.email })
    .catch(() => undefined)
  return { ok: true, values }
}

/** Set the new password with the token from the e-mail. */
export async function resetPassword(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const values = {
    email: String(form.get("email") ?? "")
      .trim()
      .toLowerCase(),
  }
  const password = String(form.get("password") ?? "")
  if (password.length < 8) return { fieldErrors: { password: m.errors.password }, values }
  try {
    await medusa().auth.updateProvider(
      "producer",
      "emailpass",
      { email: values.email, password },
      String(form.get("token") ?? ""),
    )
  } catch {
    return { formError: m.portal.resetFailed, values }
  }
  redirect(`${paths.portalLogin(locale)}?reset=1`)
}

/** Propose a new product (one pack to start with); the province reviews and publishes it. */
export async function proposeProduct(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const values = Object.fromEntries(
    ["title", "description", "pack", "amount", "stock"].map((k) => [k, String(form.get(k) ?? "").trim()]),
  )
  const token = await tokenOrLogin(locale)
  const num = (s: string) => (s === "" ? Number.NaN : Number(s.replace(/[.\s₫]/g, "")))
  try {
    await backendFetch("/producer/products", {
      method: "POST",
      body: {
        title: values.title,
        description: values.description || null,
        variants: [{ title: values.pack, amount: num(values.amount), stocked_quantity: num(values.stock) }],
      },
      token,
    })
  } catch (e) {
    return refusalState(locale, e, [], values)
  }
  revalidatePath(home(locale), "layout")
  return { ok: true }
}

/** The producer's own product: description (stored as plain text) and low-stock threshold. */
export async function updateProduct(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const values = {
    description: String(form.get("description") ?? ""),
    low_stock_threshold: String(form.get("low_stock_threshold") ?? ""),
  }
  const token = await tokenOrLogin(locale)
  try {
    await backendFetch(`/producer/products/${form.get("product_id")}`, {
      method: "POST",
      body: {
        description: values.description.trim() || null,
        low_stock_threshold: values.low_stock_threshold === "" ? undefined : Number(values.low_stock_threshold),
      },
      token,
    })
  } catch (e) {
    return refusalState(locale, e, [], values)
  }
  revalidatePath(home(locale), "layout")
  // no values back: the form shows what was stored (HTML dropped), not what was typed
  return { ok: true }
}

/**
 * Photos for one of the producer's products, sent on to the backend as they came (multipart): it
 * reads each file's bytes to check type, size and dimensions, and refuses the lot if one is wrong.
 */
export async function uploadImages(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const productId = String(form.get("product_id") ?? "")
  const token = await tokenOrLogin(locale)
  const files = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0)
  if (!files.length) return { fieldErrors: { files: t(locale).errors.choosePhotos } }
  const body = new FormData()
  for (const f of files) body.append("files", f, f.name)
  try {
    await backendFetch(`/producer/products/${encodeURIComponent(productId)}/images`, { body, token })
  } catch (e) {
    return { fieldErrors: { files: refusalText(locale, e).text } }
  }
  revalidatePath(home(locale), "layout")
  return { ok: true }
}

/** Remove one photo, or one pack, of the producer's own product. */
export async function removeFromProduct(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const productId = String(form.get("product_id") ?? "")
  const what = form.get("kind") === "image" ? "images" : "variants"
  const token = await tokenOrLogin(locale)
  try {
    await backendFetch(`/producer/products/${productId}/${what}/${form.get("id")}`, {
      method: "DELETE",
      token,
    })
  } catch (e) {
    return refusalState(locale, e, [])
  }
  revalidatePath(home(locale), "layout")
  return { ok: true }
}

/** Add a pack (name, price in whole dong, stock) to the producer's own product. */
export async function addPack(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const productId = String(form.get("product_id") ?? "")
  const values = Object.fromEntries(
    ["title", "amount", "stocked_quantity"].map((k) => [k, String(form.get(k) ?? "").trim()]),
  )
  const token = await tokenOrLogin(locale)
  const num = (s: string) => (s === "" ? Number.NaN : Number(s.replace(/[.\s₫]/g, "")))
  try {
    await backendFetch(`/producer/products/${productId}/variants`, {
      method: "POST",
      body: { title: values.title, amount: num(values.amount!), stocked_quantity: num(values.stocked_quantity!) },
      token,
    })
  } catch (e) {
    // the backend names the field; show the refusal there
    return refusalState(locale, e, ["title", "amount", "stocked_quantity"], values)
  }
  revalidatePath(home(locale), "layout")
  return { ok: true }
}
