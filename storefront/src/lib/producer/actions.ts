"use server"

// the visitor's own pages are rendered again; the shared cached pages are left alone
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { MIN_PASSWORD_LENGTH } from "@ocop-market/ocop"
import { paths, t, type Locale } from "@/lib/i18n"
import { backendFetch } from "@/lib/api/backend"
import { shopperClient, shopperHeaders } from "@/lib/api/shopper"
import { credentialsOf, loginFromForm } from "@/lib/auth/login"
import { requestReset, setNewPassword } from "@/lib/auth/password-reset"
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
  const login = await loginFromForm("producer", form, m)
  if ("refused" in login) return login.refused
  await setProducerToken(login.token)
  redirect(home(locale))
}

/** Take up an invite: a new e-mail/password identity, bound to the staff record the token names. */
export async function acceptInvite(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const sent = credentialsOf(form, m)
  const values = { ...sent.values, token: String(form.get("token") ?? "") }
  const password = sent.password
  const fieldErrors: Record<string, string> = { ...sent.refused?.fieldErrors }
  if (password.length < MIN_PASSWORD_LENGTH) fieldErrors.password = m.errors.password
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }
  const client = await shopperClient()
  try {
    const registration = await client.auth.register("producer", "emailpass", { email: values.email, password })
    await backendFetch("/producer/invites/accept", {
      method: "POST",
      body: { token: values.token },
      token: registration,
      headers: await shopperHeaders(),
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

/**
 * One write of the producer portal: with the staff member's token (or to the login page), the
 * refusal said at its field (`fields`, or `at` for every refusal) or for the form, the portal's
 * pages fresh again after it.
 */
async function portalWrite(
  path: string,
  init: { method?: string; body?: Record<string, unknown> | FormData },
  answer: { values?: Record<string, string>; fields?: string[]; at?: string; keepValues?: boolean } = {},
): Promise<FormState> {
  const locale = await actionLocale()
  const token = await tokenOrLogin(locale)
  try {
    await backendFetch(path, { method: init.method ?? "POST", body: init.body, token })
  } catch (e) {
    if (answer.at) return { fieldErrors: { [answer.at]: refusalText(locale, e).text }, values: answer.values }
    return refusalState(locale, e, answer.fields ?? [], answer.values)
  }
  refresh()
  return answer.keepValues ? { ok: true, values: answer.values } : { ok: true }
}

/** A figure typed in the portal ("70.000 ₫", "25") as a number; NaN when empty or not a number. */
const figure = (s: string) => (s.trim() === "" ? Number.NaN : Number(s.trim().replace(/[.\s₫]/g, "")))

/** Stock or price of one variant: the backend checks ownership and the numbers. */
export async function updateVariant(_prev: FormState, form: FormData): Promise<FormState> {
  const kind = form.get("kind") === "price" ? "price" : "stock"
  const field = kind === "price" ? "amount" : "stocked_quantity"
  const values = { [field]: String(form.get(field) ?? "") }
  return portalWrite(
    `/producer/products/${form.get("product_id")}/variants/${form.get("variant_id")}/${kind}`,
    { body: { [field]: figure(values[field]!) } },
    { values, at: field, keepValues: true },
  )
}

/** Mark the producer's line of an order as shipped, with the carrier and its tracking number. */
export async function shipLine(_prev: FormState, form: FormData): Promise<FormState> {
  const values = {
    carrier: String(form.get("carrier") ?? ""),
    tracking_number: String(form.get("tracking_number") ?? "").trim(),
  }
  return portalWrite(
    `/producer/orders/${form.get("order_id")}/lines/${form.get("line_id")}/ship`,
    { body: { ...values, carrier: values.carrier || undefined } },
    { values, at: "tracking_number", keepValues: true },
  )
}

/** Ask for a reset link for a producer's account. */
export async function requestPasswordReset(_prev: FormState, form: FormData): Promise<FormState> {
  return requestReset("producer", form, t(await actionLocale()))
}

/** Set the new password with the token from the e-mail, then to the login page. */
export async function resetPassword(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const refused = await setNewPassword("producer", form, t(locale))
  if (refused) return refused
  redirect(`${paths.portalLogin(locale)}?reset=1`)
}

/** Propose a new product (one pack to start with); the province reviews and publishes it. */
export async function proposeProduct(_prev: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(
    ["title", "description", "pack", "amount", "stock"].map((k) => [k, String(form.get(k) ?? "").trim()]),
  )
  const pack = { title: values.pack, amount: figure(values.amount!), stocked_quantity: figure(values.stock!) }
  return portalWrite(
    "/producer/products",
    { body: { title: values.title, description: values.description || null, variants: [pack] } },
    { values },
  )
}

/** The producer's own product: description (stored as plain text) and low-stock threshold. */
export async function updateProduct(_prev: FormState, form: FormData): Promise<FormState> {
  const values = {
    description: String(form.get("description") ?? ""),
    low_stock_threshold: String(form.get("low_stock_threshold") ?? ""),
  }
  const threshold = values.low_stock_threshold === "" ? undefined : Number(values.low_stock_threshold)
  // no values back on success: the form shows what was stored (HTML dropped), not what was typed
  return portalWrite(
    `/producer/products/${form.get("product_id")}`,
    { body: { description: values.description.trim() || null, low_stock_threshold: threshold } },
    { values },
  )
}

/**
 * Photos for one of the producer's products, sent on to the backend as they came (multipart): it
 * reads each file's bytes to check type, size and dimensions, and refuses the lot if one is wrong.
 */
export async function uploadImages(_prev: FormState, form: FormData): Promise<FormState> {
  const files = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0)
  if (!files.length) return { fieldErrors: { files: t(await actionLocale()).errors.choosePhotos } }
  const body = new FormData()
  for (const f of files) body.append("files", f, f.name)
  const productId = encodeURIComponent(String(form.get("product_id") ?? ""))
  return portalWrite(`/producer/products/${productId}/images`, { body }, { at: "files" })
}

/** Remove one photo, or one pack, of the producer's own product. */
export async function removeFromProduct(_prev: FormState, form: FormData): Promise<FormState> {
  const what = form.get("kind") === "image" ? "images" : "variants"
  return portalWrite(`/producer/products/${form.get("product_id")}/${what}/${form.get("id")}`, { method: "DELETE" })
}

/** Add a pack (name, price in whole dong, stock) to the producer's own product. */
export async function addPack(_prev: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(
    ["title", "amount", "stocked_quantity"].map((k) => [k, String(form.get(k) ?? "").trim()]),
  )
  const body = {
    title: values.title,
    amount: figure(values.amount!),
    stocked_quantity: figure(values.stocked_quantity!),
  }
  // the backend names the field; the refusal is shown there
  return portalWrite(
    `/producer/products/${form.get("product_id")}/variants`,
    { body },
    {
      values,
      fields: ["title", "amount", "stocked_quantity"],
    },
  )
}
