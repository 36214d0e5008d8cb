"use client"

import { useActionState, useEffect } from "react"
import { FieldError } from "@/components/common/field"
import { updateLine } from "@/lib/shop/cart-actions"
import type { FormState } from "@/lib/shop/errors"
import { announceCartChanged } from "@/lib/shop/cart-events"
import { MAX_LINE_QUANTITY } from "@ocop-market/ocop"

/** Change a line's quantity or remove it. */
export function LineForm({
  lineId,
  quantity,
  labels,
}: {
  lineId: string
  quantity: number
  labels: { quantity: string; update: string; remove: string; title: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateLine, {})
  // the header's cart reads itself again
  useEffect(() => {
    if (state.ok) announceCartChanged()
  }, [state])
  const inputId = `qty-${lineId}`
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="line_id" value={lineId} />
      <div className="flex items-center gap-2">
        <label htmlFor={inputId} className="sr-only">{`${labels.quantity}: ${labels.title}`}</label>
        <input
          id={inputId}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_LINE_QUANTITY}
          defaultValue={state.values?.quantity ?? quantity}
          aria-invalid={state.fieldErrors?.quantity ? true : undefined}
          aria-describedby={state.fieldErrors?.quantity ? `${inputId}-error` : undefined}
          className="w-16 rounded-md border border-stone-300 bg-white px-2 py-1"
        />
        <button
          type="submit"
          name="intent"
          value="update"
          disabled={pending}
          className="rounded-md border border-stone-300 px-2 py-1 text-sm"
        >
          {labels.update}
        </button>
        <button
          type="submit"
          name="intent"
          value="remove"
          disabled={pending}
          className="rounded-md px-2 py-1 text-sm text-red-700 underline"
        >
          {labels.remove}
        </button>
      </div>
      <FieldError id={`${inputId}-error`} message={state.fieldErrors?.quantity ?? state.formError} />
    </form>
  )
}
