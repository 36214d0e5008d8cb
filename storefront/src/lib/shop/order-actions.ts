"use server"

import { redirect } from "next/navigation"
import { paths, t } from "@/lib/i18n"
import { actionLocale } from "@/lib/i18n/server"
import { ApiFailure, backendFetch } from "@/lib/api/backend"
import { refusalText } from "@/lib/api/refusals"
import { shopperHeaders } from "@/lib/api/shopper"
import type { FormState } from "./errors"
import { rememberOrder } from "./session"

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
