"use client"

import { useActionState, useEffect, useState, type SelectHTMLAttributes } from "react"
import { Field, FieldError, FormError, FormNotice, FormField, SubmitButton } from "@/components/common/field"
import { placeOrder, saveAddress, saveContact, savePayment, saveShipping } from "@/lib/shop/checkout-actions"
import type { FormState } from "@/lib/shop/errors"

type Action = (prev: FormState, form: FormData) => Promise<FormState>

function useStep(action: Action) {
  return useActionState<FormState, FormData>(action, {})
}

export function ContactForm({
  initial,
  labels,
}: {
  initial: { full_name: string; email: string; phone: string }
  labels: { fullName: string; email: string; phone: string; continue: string }
}) {
  const [state, action, pending] = useStep(saveContact)
  // what the shopper typed last, or what the cart already holds
  const filled = { ...state, values: state.values ?? initial }
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <FormField state={filled} name="full_name" label={labels.fullName} autoComplete="name" required />
      <FormField state={filled} name="email" label={labels.email} type="email" autoComplete="email" required />
      <FormField
        state={filled}
        name="phone"
        label={labels.phone}
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        required
      />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.continue}</SubmitButton>
    </form>
  )
}

type Option = { code: string; name: string }

// each answer of a form's action is a new object: its number keys the fields drawn from it
const answerIds = new WeakMap<object, number>()
let answers = 0
function answerId(state: FormState): number {
  if (!answerIds.has(state)) answerIds.set(state, ++answers)
  return answerIds.get(state)!
}

/** Province, commune (the province's, fetched when it changes) and street, from the last answer or the initial address. */
function AddressUnits({
  state,
  provinces,
  initial,
  initialCommunes,
  labels,
  idPrefix,
}: {
  state: FormState
  provinces: Option[]
  initial: { province_code: string; commune_code: string; street: string }
  initialCommunes: Option[]
  labels: { province: string; commune: string; street: string; choose: string }
  idPrefix: string
}) {
  const v = state.values ?? initial
  const [province, setProvince] = useState(v.province_code)
  const [communes, setCommunes] = useState(v.province_code === initial.province_code ? initialCommunes : [])
  async function chooseProvince(code: string) {
    setProvince(code)
    setCommunes([])
    if (!code) return
    const res = await fetch(`/api/dia-gioi/${encodeURIComponent(code)}`)
    if (res.ok) setCommunes(await res.json())
  }
  useEffect(() => {
    // an answer for another province than the initial one: its communes
    if (v.province_code && v.province_code !== initial.province_code) void chooseProvince(v.province_code)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the answer these fields were drawn from
  }, [])
  return (
    <>
      <UnitSelect
        name="province_code"
        id={`${idPrefix}province_code`}
        label={labels.province}
        error={state.fieldErrors?.province_code}
        choose={labels.choose}
        units={provinces}
        defaultValue={v.province_code}
        onChange={(e) => chooseProvince(e.target.value)}
        autoComplete="address-level1"
      />
      <UnitSelect
        key={`${province}-${communes.length}`}
        name="commune_code"
        id={`${idPrefix}commune_code`}
        label={labels.commune}
        error={state.fieldErrors?.commune_code}
        choose={labels.choose}
        units={communes}
        defaultValue={v.commune_code}
        autoComplete="address-level2"
      />
      <Field
        name="street"
        id={`${idPrefix}street`}
        label={labels.street}
        autoComplete="street-address"
        defaultValue={v.street}
        error={state.fieldErrors?.street}
        maxLength={200}
        required
      />
    </>
  )
}

export function AddressForm({
  provinces,
  initial,
  initialCommunes,
  labels,
  save = saveAddress,
  addressId,
  defaultChoice,
  idPrefix = "",
}: {
  provinces: Option[]
  initial: { province_code: string; commune_code: string; street: string }
  initialCommunes: Option[]
  labels: { province: string; commune: string; street: string; choose: string; continue: string }
  /** The checkout's step by default; the account's address book gives its own. */
  save?: Action
  addressId?: string
  /** The address book's "make it my default" box, with its label. */
  defaultChoice?: { label: string; checked: boolean }
  /** Several forms on one page: their fields' ids start with this. */
  idPrefix?: string
}) {
  const [state, action, pending] = useStep(save)
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      {addressId && <input type="hidden" name="address_id" value={addressId} />}
      {/* new fields after each answer: React resets the form then, to each field's default value
          (a controlled select went to its first option and a second address lost its province) */}
      <AddressUnits
        key={answerId(state)}
        state={state}
        provinces={provinces}
        initial={initial}
        initialCommunes={initialCommunes}
        labels={labels}
        idPrefix={idPrefix}
      />
      {defaultChoice && (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="is_default"
            id={`${idPrefix}is_default`}
            defaultChecked={defaultChoice.checked}
          />
          {defaultChoice.label}
        </label>
      )}
      <FormNotice state={state} />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{labels.continue}</SubmitButton>
    </form>
  )
}

export function ChoiceForm({
  kind,
  name,
  legend,
  choices,
  selected,
  submit,
}: {
  kind: "shipping" | "payment"
  name: "option_id" | "provider_id"
  legend: string
  choices: { id: string; label: string; detail?: string }[]
  selected: string | null
  submit: string
}) {
  const [state, action, pending] = useStep(kind === "shipping" ? saveShipping : savePayment)
  const chosen = state.values?.[name] ?? selected ?? choices[0]?.id
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={state.fieldErrors?.[name] ? `${name}-error` : undefined}
      >
        <legend className="sr-only">{legend}</legend>
        {choices.map((c) => (
          <label
            key={c.id}
            className="flex cursor-pointer items-center justify-between gap-3 rounded-lg border border-stone-200 bg-white p-3 has-[:checked]:border-brand-700"
          >
            <span className="flex items-center gap-2">
              <input type="radio" name={name} value={c.id} defaultChecked={c.id === chosen} />
              {c.label}
            </span>
            {c.detail && <span className="font-medium">{c.detail}</span>}
          </label>
        ))}
      </fieldset>
      <FieldError id={`${name}-error`} message={state.fieldErrors?.[name]} />
      <FormError message={state.formError} />
      <SubmitButton pending={pending}>{submit}</SubmitButton>
    </form>
  )
}

export function PlaceOrderForm({ label }: { label: string }) {
  const [state, action, pending] = useStep(placeOrder)
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormError message={state.formError} />
      <SubmitButton pending={pending} className="text-lg">
        {label}
      </SubmitButton>
    </form>
  )
}

/** A choice of administrative unit (a province, or a commune of it), wired to its field's error. */
function UnitSelect({
  name,
  id = name,
  label,
  error,
  choose,
  units,
  ...select
}: {
  name: string
  id?: string
  label: string
  error?: string
  choose: string
  units: { code: string; name: string }[]
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field name={name} id={id} label={label} error={error}>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid]:border-red-600"
        {...select}
      >
        <option value="">{choose}</option>
        {units.map((u) => (
          <option key={u.code} value={u.code}>
            {u.name}
          </option>
        ))}
      </select>
    </Field>
  )
}
