"use client"

import { useActionState } from "react"
import { FormError } from "@/components/common/field"
import { changeAccountAddress } from "@/lib/shop/account-actions"
import type { FormState } from "@/lib/shop/errors"

/** One saved address's buttons: make it the default, or take it out. */
export function AddressActions({
  addressId,
  isDefault,
  labels,
}: {
  addressId: string
  isDefault: boolean
  labels: { makeDefault: string; remove: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeAccountAddress, {})
  return (
    <form action={action} className="flex flex-wrap items-center gap-3 text-sm">
      <input type="hidden" name="address_id" value={addressId} />
      {!isDefault && (
        <button type="submit" name="intent" value="default" disabled={pending} className="underline">
          {labels.makeDefault}
        </button>
      )}
      <button type="submit" name="intent" value="delete" disabled={pending} className="text-red-700 underline">
        {labels.remove}
      </button>
      <FormError message={state.formError} />
    </form>
  )
}
