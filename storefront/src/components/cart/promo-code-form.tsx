"use client"

import { useActionState, useEffect } from "react"
import { FormField, SubmitButton } from "@/components/common/field"
import { applyPromoCode, removePromoCode } from "@/lib/shop/cart-actions"
import { announceCartChanged } from "@/lib/shop/cart-events"
import type { FormState } from "@/lib/shop/errors"

type Labels = { label: string; apply: string; remove: string; applied: string }

/**
 * A discount code from a fair or a livestream: typed, applied, refused at the field with why, or
 * taken off again. Plain forms: they work before the page's JavaScript has loaded, or without it.
 */
export function PromoCodeForm({ codes, labels }: { codes: string[]; labels: Labels }) {
  const [state, action, pending] = useActionState<FormState, FormData>(applyPromoCode, {})
  useEffect(() => {
    if (state.ok) announceCartChanged()
  }, [state])
  return (
    <div className="flex flex-col gap-2" data-testid="promo-code">
      {codes.map((code) => (
        <RemoveCode key={code} code={code} label={`${labels.remove} ${code}`} applied={labels.applied} />
      ))}
      <form action={action} className="flex items-end gap-2" noValidate>
        <div className="flex-1">
          <FormField
            state={state}
            name="code"
            id="promo-code"
            label={labels.label}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
        </div>
        <SubmitButton pending={pending} className="mb-px whitespace-nowrap">
          {labels.apply}
        </SubmitButton>
      </form>
    </div>
  )
}

function RemoveCode({ code, label, applied }: { code: string; label: string; applied: string }) {
  const [, action, pending] = useActionState<FormState, FormData>(removePromoCode, {})
  return (
    <form action={action} className="flex items-center justify-between gap-2 text-sm">
      <input type="hidden" name="code" value={code} />
      <span>
        {applied}: <b>{code}</b>
      </span>
      <button type="submit" disabled={pending} className="underline" aria-label={label}>
        ✕
      </button>
    </form>
  )
}
