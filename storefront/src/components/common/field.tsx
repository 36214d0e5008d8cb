import type { InputHTMLAttributes, ReactNode } from "react"

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

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <p id={id} role="alert" className="text-sm text-red-700">
      {message}
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
