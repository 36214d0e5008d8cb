"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { paths, t } from "@/lib/i18n"
import { actionLocale } from "@/lib/i18n/server"
import { ApiFailure, backendFetch } from "@/lib/api/backend"
import { refusalText } from "@/lib/api/refusals"
import { shopperHeaders } from "@/lib/api/shopper"
import type { FormState } from "./errors"
import { getCustomerToken, rememberOrder } from "./session"

/** "Find my order": the order number and the e-mail or phone it was placed with open it in this browser. */
export async function lookUpOrder(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const values = {
    order_number: String(form.get("order_number") ?? "").trim(),
    contact: String(form.get("contact") ?? "").trim(),
  }
  const fieldErrors: Record<string, string> = {}
  if (!/^#?\d{1,10}$/.test(values.order_number)) fieldErrors.order_number = m.orderLookup.numberInvalid
  if (values.contact.length < 3) fieldErrors.contact = m.orderLookup.contactInvalid
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }
  let found: { order_id: string; order_token: string }
  try {
    found = await backendFetch("/store/ocop/orders/lookup", {
      body: values,
      store: true,
      headers: await shopperHeaders(),
    })
  } catch (e) {
    if (e instanceof ApiFailure && e.error.code === "order_not_found")
      return { formError: m.orderLookup.notFound, values }
    return { formError: refusalText(locale, e).text, values }
  }
  await rememberOrder(found.order_id, found.order_token)
  redirect(paths.order(locale, found.order_id))
}

/** Ask for a guest order placed with the account's e-mail: the backend mails the link that confirms it. */
export async function claimOrder(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  try {
    await backendFetch(`/store/ocop/orders/${encodeURIComponent(String(form.get("order_id") ?? ""))}/claim`, {
      method: "POST",
      store: true,
      token: await getCustomerToken(),
      headers: await shopperHeaders(),
    })
  } catch (e) {
    return { formError: refusalText(locale, e).text }
  }
  return { ok: true, notice: t(locale).claim.sent }
}

/**
 * The confirmation link's answer (Medusa's order transfer, with the mailed token): "confirm" moves
 * the order into the account that asked and opens it there; "decline" leaves it as it was.
 */
export async function answerClaim(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = await actionLocale()
  const m = t(locale)
  const id = String(form.get("order_id") ?? "")
  const accept = form.get("intent") !== "decline"
  try {
    await backendFetch(`/store/orders/${encodeURIComponent(id)}/transfer/${accept ? "accept" : "decline"}`, {
      method: "POST",
      store: true,
      body: { token: String(form.get("token") ?? "") },
      headers: await shopperHeaders(),
    })
  } catch (e) {
    if (e instanceof ApiFailure && e.status < 500) return { formError: m.claim.invalid }
    return { formError: refusalText(locale, e).text }
  }
  if (!accept) return { ok: true, notice: m.claim.declined }
  refresh()
  redirect((await getCustomerToken()) ? paths.order(locale, id) : paths.account(locale))
}
