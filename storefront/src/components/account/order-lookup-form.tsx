"use client"

import { useActionState } from "react"
import { FormError, FormField, SubmitButton } from "@/components/common/field"
import type { FormState } from "@/lib/shop/errors"
import { lookUpOrder } from "@/lib/shop/order-actions"

type Labels = { title: string; intro: string; number: string; contact: string; submit: string }

/** Shown instead of an order to a browser that did not place it: the order number and contact open it. */
export function OrderLookupForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState<FormState, FormData>(lookUpOrder, {})
  return (
    <form action={action} className="flex flex-col gap-3" aria-labelledby="order-lookup-title" noValidate>
      <h1 id="order-lookup-title" className="text-2xl font-bold text-leaf-700">
        {labels.title}
      </h1>
      <p className="text-sm text-stone-700">{labels.intro}</p>
      <FormField state={state} name="order_number" label={labels.number} inputMode="numeric" autoComplete="off" />
      <FormField state={state} name="contact" label={labels.contact} autoComplete="email" />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
    </form>
  )
}
