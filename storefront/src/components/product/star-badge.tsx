import { t, type Locale } from "@/lib/i18n"

/** The OCOP mark with its star level (3–5). */
export function StarBadge({ star, locale }: { star: number; locale: Locale }) {
  return (
    <span
      className="inline-flex items-center gap-1 self-start rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-700"
      aria-label={t(locale).star(star)}
    >
      <span aria-hidden="true">{"★".repeat(star)}</span>
      <span>OCOP</span>
    </span>
  )
}
