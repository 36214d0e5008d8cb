"use client"

import { useState } from "react"

/** Copies one value (an account number, a transfer reference) to the clipboard, and says so. */
export function CopyButton({ value, label, done }: { value: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      className="rounded-md border border-stone-300 px-2 py-1 text-xs font-medium hover:bg-stone-100"
      onClick={() =>
        navigator.clipboard.writeText(value).then(
          () => {
            setCopied(true)
            setTimeout(() => setCopied(false), 2000)
          },
          () => undefined,
        )
      }
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  )
}
