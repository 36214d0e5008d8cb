import type { InputHTMLAttributes, ReactNode } from "react"
import type { FormState } from "@/lib/shop/errors"

/** A labelled form field whose error is announced and tied to the input (aria-describedby). */
export function Field({
  name,
  label,
  error,
  children,
  ...input
}: { name: string; label: string; error?: string; children?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const id = input.id ?? name
  const errorId = `${id}-error`
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children ?? (
        <input
          {...input}
          id={id}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid]:border-red-600"
        />
      )}
      <FieldError id={errorId} message={error} />
    </div>
  )
}

/** A field of a form a server action answers: what was typed comes back, with its error. */
export function FormField({
  state,
  name,
  ...field
}: { state: FormState; name: string; label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return <Field name={name} defaultValue={state.values?.[name]} error={state.fieldErrors?.[name]} {...field} />
}

/** E-mail and password, as every login, registration and reset form asks them. */
export function EmailField({ state, label, id }: { state: FormState; label: string; id?: string }) {
  return <FormField state={state} name="email" id={id} label={label} type="email" autoComplete="email" />
}

export function PasswordField({
  state,
  label,
  id,
  name = "password",
  isNew = false,
}: {
  state: FormState
  label: string
  id?: string
  name?: string
  isNew?: boolean
}) {
  return (
    <Field
      name={name}
      id={id}
      label={label}
      type="password"
      autoComplete={isNew ? "new-password" : "current-password"}
      error={state.fieldErrors?.[name]}
    />
  )
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <p id={id} role="alert" className="text-sm text-red-700">
      {message}
    </p>
  )
}

/** What a form says once its action succeeded ("Saved."), until it is sent again. */
export function SavedNote({ show, children }: { show?: boolean; children: ReactNode }) {
  if (!show) return null
  return (
    <p role="status" className="text-sm text-leaf-700">
      {children}
    </p>
  )
}

/** What a form that went through says ("Đã lưu."), announced to screen readers. */
export function FormNotice({ state }: { state: FormState }) {
  if (!state.ok || !state.notice) return null
  return (
    <p role="status" className="text-sm text-leaf-700">
      {state.notice}
    </p>
  )
}

export function FormError({ message }: { message?: string }) {
  if (!message) return null
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      {message}
    </p>
  )
}

export function SubmitButton({
  children,
  pending,
  className = "",
}: {
  children: ReactNode
  pending?: boolean
  className?: string
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={`rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-600 disabled:opacity-60 ${className}`}
    >
      {children}
    </button>
  )
}
