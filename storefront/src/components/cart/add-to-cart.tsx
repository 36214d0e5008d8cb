"use client"

import Link from "next/link"
import { useActionState, useEffect, useState } from "react"
import { MAX_LINE_QUANTITY, formatVnd } from "@ocop-market/ocop"
import { FieldError, FormError } from "@/components/common/field"
import type { Messages } from "@/lib/i18n"
import { addToCart } from "@/lib/shop/cart-actions"
import type { FormState } from "@/lib/shop/errors"
import { announceCartChanged } from "@/lib/shop/cart-events"

type Variant = {
  id: string
  title: string
  price: number | null
  inStock: boolean
  stock: number | null
  salePrice?: number | null
}

type Labels = Pick<Messages, "addToCart" | "quantity" | "added" | "viewCart" | "variants" | "soldOutCannotAdd"> & {
  soldOut: string
  inStock: string[]
}

/** Pack, quantity and "add to cart"; works without JavaScript too (a plain form post). */
export function AddToCart({
  productId,
  variants,
  labels,
  cartPath,
}: {
  productId: string
  variants: Variant[]
  labels: Labels
  cartPath: string
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(addToCart, {})
  // the header's cart reads itself again
  useEffect(() => {
    if (state.ok) announceCartChanged()
  }, [state])
  const firstAvailable = variants.find((v) => v.inStock) ?? variants[0]
  const [variantId, setVariantId] = useState(state.values?.variant_id || firstAvailable?.id)
  const selected = variants.find((v) => v.id === variantId)
  const soldOut = !selected?.inStock
  return (
    <form action={action} className="flex flex-col gap-3" aria-label={labels.addToCart}>
      <input type="hidden" name="product_id" value={productId} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">{labels.variants}</legend>
        {variants.map((v, i) => (
          <label
            key={v.id}
            className="flex cursor-pointer items-center justify-between gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm has-[:checked]:border-brand-700 has-[:checked]:ring-1 has-[:checked]:ring-brand-700"
          >
            <span className="flex items-center gap-2">
              <input
                type="radio"
                name="variant_id"
                value={v.id}
                checked={v.id === variantId}
                onChange={() => setVariantId(v.id)}
              />
              {v.title}
            </span>
            <span className="flex items-center gap-3">
              {v.salePrice != null && v.price !== null ? (
                <span className="flex flex-col items-end leading-tight">
                  <span className="font-medium text-red-700">{formatVnd(v.salePrice)}</span>
                  <del className="text-xs text-stone-500">{formatVnd(v.price)}</del>
                </span>
              ) : (
                v.price !== null && <span className="font-medium">{formatVnd(v.price)}</span>
              )}
              <span className={v.inStock ? "text-leaf-700" : "text-red-700"}>
                {v.inStock ? labels.inStock[i] : labels.soldOut}
              </span>
            </span>
          </label>
        ))}
        <FieldError id="variant_id-error" message={state.fieldErrors?.variant_id} />
      </fieldset>
      <div className="flex items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="quantity" className="text-sm font-medium">
            {labels.quantity}
          </label>
          <input
            id="quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_LINE_QUANTITY}
            defaultValue={state.values?.quantity ?? "1"}
            aria-invalid={state.fieldErrors?.quantity ? true : undefined}
            aria-describedby={state.fieldErrors?.quantity ? "quantity-error" : undefined}
            className="w-24 rounded-md border border-stone-300 bg-white px-3 py-2 text-base"
          />
        </div>
        <button
          type="submit"
          disabled={pending || soldOut}
          className="flex-1 rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-600 disabled:cursor-not-allowed disabled:bg-stone-400"
        >
          {labels.addToCart}
        </button>
      </div>
      <FieldError id="quantity-error" message={state.fieldErrors?.quantity} />
      {soldOut && <p className="text-sm text-red-700">{labels.soldOutCannotAdd}</p>}
      <FormError message={state.formError} />
      {state.ok && !pending && (
        <p role="status" className="rounded-md bg-leaf-700/10 p-3 text-sm text-leaf-700">
          {labels.added}{" "}
          <Link href={cartPath} className="font-semibold underline">
            {labels.viewCart}
          </Link>
        </p>
      )}
    </form>
  )
}
