"use client"

import { useActionState } from "react"
import { Field, FieldError, FormError, SubmitButton, FormField, SavedNote } from "@/components/common/field"
import {
  addPack,
  proposeProduct,
  removeFromProduct,
  updateProduct,
  shipLine,
  updateVariant,
  uploadImages,
} from "@/lib/producer/actions"
import type { FormState } from "@/lib/shop/errors"

/** One number of one variant (price or stock), saved on its own. */
export function VariantNumberForm({
  productId,
  variantId,
  kind,
  value,
  label,
  save,
  saved,
}: {
  productId: string
  variantId: string
  kind: "price" | "stock"
  value: number | null
  label: string
  save: string
  saved: string
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateVariant, {})
  const field = kind === "price" ? "amount" : "stocked_quantity"
  const id = `${kind}-${variantId}`
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="variant_id" value={variantId} />
      <label htmlFor={id} className="text-xs text-stone-600">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          name={field}
          inputMode="numeric"
          defaultValue={state.values?.[field] ?? value ?? ""}
          aria-invalid={state.fieldErrors?.[field] ? true : undefined}
          aria-describedby={state.fieldErrors?.[field] ? `${id}-error` : undefined}
          className="w-28 rounded-md border border-stone-300 bg-white px-2 py-1.5"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          {save}
        </button>
      </div>
      <FieldError id={`${id}-error`} message={state.fieldErrors?.[field]} />
      {state.ok && !pending && (
        <p role="status" className="text-xs text-leaf-700">
          {saved}
        </p>
      )}
    </form>
  )
}

/** "Shipped", with the carrier and tracking number, for one of the producer's order lines. */
export function ShipLineForm({
  orderId,
  lineId,
  carriers,
  labels,
}: {
  orderId: string
  lineId: string
  carriers: { code: string; name: string }[]
  labels: { carrier: string; choose: string; tracking: string; ship: string; shipped: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(shipLine, {})
  const id = `tracking-${lineId}`
  if (state.ok)
    return (
      <p role="status" className="text-xs text-leaf-700">
        {labels.shipped}
      </p>
    )
  return (
    <form action={action} className="mt-1 flex flex-wrap items-end gap-2">
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="line_id" value={lineId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`carrier-${lineId}`} className="text-xs text-stone-600">
          {labels.carrier}
        </label>
        <select
          id={`carrier-${lineId}`}
          name="carrier"
          required
          defaultValue={state.values?.carrier ?? ""}
          aria-invalid={state.fieldErrors?.carrier ? true : undefined}
          aria-describedby={state.fieldErrors?.carrier ? `carrier-${lineId}-error` : undefined}
          className="rounded-md border border-stone-300 bg-white px-2 py-1"
        >
          <option value="" disabled>
            {labels.choose}
          </option>
          {carriers.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-xs text-stone-600">
          {labels.tracking}
        </label>
        <input
          id={id}
          name="tracking_number"
          defaultValue={state.values?.tracking_number}
          aria-invalid={state.fieldErrors?.tracking_number ? true : undefined}
          aria-describedby={state.fieldErrors?.tracking_number ? `${id}-error` : undefined}
          className="w-40 rounded-md border border-stone-300 bg-white px-2 py-1"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-700"
      >
        {labels.ship}
      </button>
      <FieldError id={`carrier-${lineId}-error`} message={state.fieldErrors?.carrier} />
      <FieldError id={`${id}-error`} message={state.fieldErrors?.tracking_number} />
    </form>
  )
}

export function ProposeProductForm({
  labels,
}: {
  labels: {
    title: string
    name: string
    description: string
    pack: string
    price: string
    stock: string
    submit: string
    done: string
  }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(proposeProduct, {})
  const v = state.values ?? {}
  return (
    <form
      action={action}
      className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4"
      aria-labelledby="propose-title"
    >
      <h2 id="propose-title" className="text-lg font-semibold">
        {labels.title}
      </h2>
      <Field name="title" id="propose-name" label={labels.name} defaultValue={v.title} maxLength={120} />
      <div className="flex flex-col gap-1">
        <label htmlFor="propose-description" className="text-sm font-medium">
          {labels.description}
        </label>
        <textarea
          id="propose-description"
          name="description"
          defaultValue={v.description}
          rows={3}
          className="rounded-md border border-stone-300 bg-white px-3 py-2"
        />
      </div>
      <div className="grid grid-cols-3 gap-2">
        <Field name="pack" id="propose-pack" label={labels.pack} defaultValue={v.pack} />
        <Field name="amount" id="propose-amount" label={labels.price} inputMode="numeric" defaultValue={v.amount} />
        <Field name="stock" id="propose-stock" label={labels.stock} inputMode="numeric" defaultValue={v.stock} />
      </div>
      <FormError message={state.formError} />
      <SavedNote show={state.ok && !pending}>{labels.done}</SavedNote>
      <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
    </form>
  )
}

/** Description and low-stock threshold of one of the producer's products. */
export function ProductDetailsForm({
  productId,
  description,
  threshold,
  labels,
}: {
  productId: string
  description: string
  threshold: number
  labels: { description: string; threshold: string; save: string; saved: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateProduct, {})
  return (
    <form action={action} className="mt-2 flex flex-col gap-2">
      <input type="hidden" name="product_id" value={productId} />
      <label htmlFor={`desc-${productId}`} className="text-xs text-stone-600">
        {labels.description}
      </label>
      <textarea
        id={`desc-${productId}`}
        name="description"
        rows={2}
        defaultValue={state.values?.description ?? description}
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
      />
      <div className="flex items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`threshold-${productId}`} className="text-xs text-stone-600">
            {labels.threshold}
          </label>
          <input
            id={`threshold-${productId}`}
            name="low_stock_threshold"
            inputMode="numeric"
            defaultValue={state.values?.low_stock_threshold ?? threshold}
            className="w-20 rounded-md border border-stone-300 bg-white px-2 py-1.5"
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700"
        >
          {labels.save}
        </button>
      </div>
      <FormError message={state.formError} />
      {state.ok && !pending && (
        <p role="status" className="text-xs text-leaf-700">
          {labels.saved}
        </p>
      )}
    </form>
  )
}

/** Photos for a product: several at once from the phone's gallery or camera. */
export function ImageUploadForm({
  productId,
  labels,
}: {
  productId: string
  labels: { choose: string; hint: string; upload: string; uploaded: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(uploadImages, {})
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="image-upload">
      <input type="hidden" name="product_id" value={productId} />
      <label htmlFor="photo-files" className="text-sm font-medium">
        {labels.choose}
      </label>
      <input
        id="photo-files"
        name="files"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp"
        aria-invalid={state.fieldErrors?.files ? true : undefined}
        aria-describedby={state.fieldErrors?.files ? "photo-files-error" : "photo-files-hint"}
        className="text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-semibold file:text-brand-800"
      />
      <p id="photo-files-hint" className="text-xs text-stone-600">
        {labels.hint}
      </p>
      <FieldError id="photo-files-error" message={state.fieldErrors?.files} />
      <SavedNote show={state.ok && !pending}>{labels.uploaded}</SavedNote>
      <SubmitButton pending={pending} className="self-start">
        {labels.upload}
      </SubmitButton>
    </form>
  )
}

/** A button that removes one photo or one pack of the producer's product; a refusal is shown beside it. */
export function RemoveButton({
  productId,
  kind,
  id,
  label,
}: {
  productId: string
  kind: "image" | "variant"
  id: string
  label: string
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(removeFromProduct, {})
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className="rounded-md border border-red-300 px-2 py-1 text-xs font-semibold text-red-800 disabled:opacity-60"
      >
        {label}
      </button>
      <FormError message={state.formError} />
    </form>
  )
}

/** A new pack for the producer's product: its name, price in whole dong and stock. */
export function AddPackForm({
  productId,
  labels,
}: {
  productId: string
  labels: { title: string; pack: string; price: string; stock: string; submit: string; done: string }
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(addPack, {})
  return (
    <form
      action={action}
      className="flex flex-col gap-2 rounded-lg border border-dashed border-stone-300 p-3"
      aria-labelledby="add-pack-title"
      noValidate
    >
      <h3 id="add-pack-title" className="font-semibold">
        {labels.title}
      </h3>
      <input type="hidden" name="product_id" value={productId} />
      <div className="grid grid-cols-3 gap-2">
        <FormField state={state} name="title" id="pack-title" label={labels.pack} maxLength={60} />
        <FormField state={state} name="amount" id="pack-amount" label={labels.price} inputMode="numeric" />
        <FormField state={state} name="stocked_quantity" id="pack-stock" label={labels.stock} inputMode="numeric" />
      </div>
      <FormError message={state.formError} />
      <SavedNote show={state.ok && !pending}>{labels.done}</SavedNote>
      <SubmitButton pending={pending} className="self-start">
        {labels.submit}
      </SubmitButton>
    </form>
  )
}
