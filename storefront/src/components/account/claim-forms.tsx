"use client"

import { useActionState } from "react"
import { FormError, FormNotice, SubmitButton } from "@/components/common/field"
import { answerClaim, claimOrder } from "@/lib/shop/order-actions"
import type { FormState } from "@/lib/shop/errors"

/** One guest order's button: mails the link that moves it into the account. */
export function ClaimOrderButton({ orderId, label }: { orderId: string; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(claimOrder, {})
  return (
    <form action={action} className="flex flex-col gap-1 text-sm">
      <input type="hidden" name="order_id" value={orderId} />
      {!state.ok && (
        <button type="submit" disabled={pending} className="self-start font-semibold text-brand-700 underline">
          {label}
        </button>
      )}
      <FormNotice state={state} />
      <FormError message={state.formError} />
    </form>
  )
}

/** The mailed link's page: confirm (the order moves into the account) or decline. */
export function ClaimAnswerForm({
  orderId,
  token,
  labels,
}: {
  orderId: string
  token: string
  labels: { confirm: string; decline: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(answerClaim, {})
  if (state.ok) return <FormNotice state={state} />
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="token" value={token} />
      <FormError message={state.formError} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending}>{labels.confirm}</SubmitButton>
        <button
          type="submit"
          name="intent"
          value="decline"
          disabled={pending}
          className="rounded-md border border-stone-300 px-4 py-2.5 font-semibold"
        >
          {labels.decline}
        </button>
      </div>
    </form>
  )
}
