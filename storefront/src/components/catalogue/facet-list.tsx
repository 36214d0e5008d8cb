import Link from "next/link"

/** One facet: each value a link that toggles it, with its count. Works without JavaScript. */
export function FacetList({
  title,
  values,
}: {
  title: string
  values: { label: string; count: number; href: string; active: boolean }[]
}) {
  if (!values.length) return null
  return (
    <fieldset className="mb-4">
      <legend className="mb-1 text-sm font-semibold">{title}</legend>
      <ul className="space-y-1 text-sm">
        {values.map((v) => (
          <li key={v.label}>
            <Link
              href={v.href}
              aria-current={v.active ? "true" : undefined}
              className={`flex justify-between gap-2 rounded px-2 py-1 ${v.active ? "bg-brand-100 font-medium text-brand-700" : "hover:bg-stone-100"}`}
            >
              <span>
                <span aria-hidden="true">{v.active ? "☑ " : "☐ "}</span>
                {v.label}
              </span>
              <span className="text-stone-600">{v.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
