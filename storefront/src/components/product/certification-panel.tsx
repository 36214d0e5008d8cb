import { groupLabel, type OcopGroup } from "@ocop-market/ocop"
import { formatDate, t, type Locale } from "@/lib/i18n"
import type { Certification } from "@/lib/medusa"

/** The certificate behind the badge; a lapsed or revoked one shows no badge and says why. */
export function CertificationPanel({ certification: c, locale }: { certification: Certification; locale: Locale }) {
  const m = t(locale)
  return (
    <section aria-labelledby="ocop-cert" className="rounded-lg border border-brand-100 bg-white p-3 text-sm">
      <h2 id="ocop-cert" className="mb-2 font-semibold">
        {m.certification} {c.badge && `· ${m.star(c.star)}`}
      </h2>
      {!c.badge && (
        <p role="status" className="mb-2 rounded bg-red-50 p-2 text-red-800">
          {m.noBadge}. {c.statusReason}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-stone-600">{m.decision}</dt>
        <dd>
          {c.decisionNumber}, {formatDate(c.decisionDate)}
        </dd>
        <dt className="text-stone-600">{m.issuedBy}</dt>
        <dd>{m.levels[c.issuingLevel]}</dd>
        <dt className="text-stone-600">{m.validUntil}</dt>
        <dd>{formatDate(c.validUntil)}</dd>
        {c.score !== null && (
          <>
            <dt className="text-stone-600">{m.score}</dt>
            <dd>{c.score}/100</dd>
          </>
        )}
        <dt className="text-stone-600">{m.group}</dt>
        <dd>{groupLabel(c.group as OcopGroup, locale)}</dd>
        <dt className="text-stone-600">{m.originCertified}</dt>
        <dd>{c.originCertified}</dd>
        <dt className="text-stone-600">{m.originToday}</dt>
        <dd>{c.originToday}</dd>
      </dl>
      {c.proposedStar && <p className="mt-2 text-brand-700">{m.proposed(c.proposedStar)}</p>}
    </section>
  )
}
