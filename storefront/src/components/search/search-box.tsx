"use client"

import { useEffect, useId, useRef, useState } from "react"
import { formatVnd } from "@ocop-market/ocop"
import type { Suggestion } from "@/lib/medusa/suggest"

type Props = { action: string; productPath: string; label: string; placeholder: string }

/**
 * The header search: a plain GET form to the catalogue (works without JavaScript), plus results as
 * you type (debounced, arrow keys and Enter, Escape closes), the matched words highlighted.
 */
export function SearchBox({ action, productPath, label, placeholder }: Props) {
  const [q, setQ] = useState("")
  const [items, setItems] = useState<Suggestion[]>([])
  const [active, setActive] = useState(-1)
  const [open, setOpen] = useState(false)
  const listId = useId()
  const latest = useRef(0)

  useEffect(() => {
    if (q.trim().length < 2) {
      setItems([])
      return
    }
    const ticket = ++latest.current
    const timer = setTimeout(async () => {
      const res = await fetch(`/api/search?q=${encodeURIComponent(q)}`).catch(() => null)
      const body = res?.ok ? ((await res.json()) as { suggestions: Suggestion[] }) : { suggestions: [] }
      if (ticket === latest.current) {
        setItems(body.suggestions)
        setActive(-1)
        setOpen(true)
      }
    }, 150)
    return () => clearTimeout(timer)
  }, [q])

  const go = (s: Suggestion) => {
    window.location.href = `${productPath}/${s.handle}`
  }

  return (
    <form
      action={action}
      role="search"
      className="relative order-3 w-full sm:order-none sm:w-auto sm:max-w-md sm:flex-1"
      onSubmit={(e) => {
        if (open && active >= 0 && items[active]) {
          e.preventDefault()
          go(items[active]!)
        }
      }}
    >
      <label htmlFor={`${listId}-input`} className="sr-only">
        {label}
      </label>
      <input
        id={`${listId}-input`}
        name="q"
        type="search"
        autoComplete="off"
        role="combobox"
        aria-expanded={open && items.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => items.length && setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault()
            setOpen(true)
            setActive((i) => Math.min(i + 1, items.length - 1))
          } else if (e.key === "ArrowUp") {
            e.preventDefault()
            setActive((i) => Math.max(i - 1, -1))
          } else if (e.key === "Escape") {
            setOpen(false)
          }
        }}
        className="w-full rounded-full border border-stone-300 bg-stone-50 px-4 py-2 text-sm"
      />
      {open && items.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          className="absolute left-0 right-0 top-full z-20 mt-1 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-lg"
        >
          {items.map((s, i) => (
            <li
              key={s.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault()
                go(s)
              }}
              className={`flex cursor-pointer justify-between gap-3 px-3 py-2 text-sm ${i === active ? "bg-brand-50" : ""}`}
            >
              <span
                className="[&_mark]:bg-brand-100 [&_mark]:text-inherit"
                dangerouslySetInnerHTML={{ __html: s.titleHtml }}
              />
              {s.price !== null && <span className="shrink-0 text-stone-600">{formatVnd(s.price)}</span>}
            </li>
          ))}
        </ul>
      )}
    </form>
  )
}
