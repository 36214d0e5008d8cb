import Link from "next/link"
import { Fragment } from "react"
import { paths, t, type Locale } from "@/lib/i18n"

/** Home › the page's parent: where a product, producer or campaign page sits in the shop. */
export function Breadcrumbs({ locale, parent }: { locale: Locale; parent: { href: string; label: string } }) {
  const crumbs = [{ href: paths.home(locale), label: t(locale).home }, parent]
  return (
    <nav className="mb-4 text-sm" aria-label="breadcrumb">
      {crumbs.map((c, i) => (
        <Fragment key={c.href}>
          {i > 0 && " › "}
          <Link href={c.href} className="underline">
            {c.label}
          </Link>
        </Fragment>
      ))}
    </nav>
  )
}
