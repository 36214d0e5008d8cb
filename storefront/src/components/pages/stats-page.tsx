import {
  formatVnd,
  groupLabel,
  legalTypeLabel,
  OCOP_GROUP_CODES,
  LEGAL_TYPE_CODES,
  type LegalType,
  type OcopGroup,
} from "@ocop-market/ocop"
import { Page } from "@/components/layout/shell"
import { ChartCard } from "@/components/stats/chart-card"
import { paths, t, type Locale } from "@/lib/i18n"
import { cachedStats } from "@/lib/medusa/cached"

/** The programme at a glance for the public and the press, live from the catalogue. */
export async function StatsPage({ locale }: { locale: Locale }) {
  const m = t(locale)
  const s = m.stats
  const stats = await cachedStats()
  const legal = LEGAL_TYPE_CODES.map((code) => ({ code, count: stats.producers_by_legal_type[code] ?? 0 }))
  const figures = [
    { id: "products", label: s.products, value: stats.certified_products },
    {
      id: "producers",
      label: s.producers,
      value: stats.producers,
      detail: legal.map((l) => `${l.count} ${legalTypeLabel(l.code as LegalType, locale).toLowerCase()}`).join(", "),
    },
    { id: "communes", label: s.communes, value: stats.communes },
    { id: "districts", label: s.districts, value: stats.districts },
    { id: "four-star", label: s.fourStar, value: stats.by_star["4"] ?? 0 },
    { id: "three-star", label: s.threeStar, value: stats.by_star["3"] ?? 0 },
    { id: "proposed", label: s.proposed, value: stats.proposed_higher_star },
  ]
  const month = (ym: string) => `${ym.slice(5)}/${ym.slice(0, 4)}`
  // one card per chart; `empty` says what a chart with no data means
  const count = { valueHeader: s.count }
  const charts: (Parameters<typeof ChartCard>[0] & { empty?: string | false })[] = [
    {
      id: "by-group",
      title: s.byGroup,
      labelHeader: s.group,
      ...count,
      horizontal: true,
      data: OCOP_GROUP_CODES.map((g) => ({
        label: groupLabel(g as OcopGroup, locale),
        value: stats.by_group[g] ?? 0,
      })).filter((d) => d.value > 0),
    },
    {
      id: "by-star",
      title: s.byStar,
      labelHeader: s.star,
      ...count,
      data: ["3", "4", "5"].map((k) => ({ label: s.stars(Number(k)), value: stats.by_star[k] ?? 0 })),
    },
    {
      id: "by-legal-type",
      title: s.byLegalType,
      labelHeader: s.legalType,
      ...count,
      data: legal.map((l) => ({ label: legalTypeLabel(l.code as LegalType, locale), value: l.count })),
    },
    {
      id: "lapsing",
      title: s.lapsing,
      labelHeader: s.month,
      ...count,
      data: Object.entries(stats.lapsing_by_month)
        .sort()
        .map(([k, v]) => ({ label: month(k), value: v })),
      empty: Object.keys(stats.lapsing_by_month).length === 0 && s.noLapsing,
    },
    {
      id: "by-district",
      title: s.byDistrict,
      labelHeader: s.district,
      ...count,
      horizontal: true,
      data: stats.by_district.map((d) => ({ label: d.label, value: d.count })),
    },
    {
      id: "by-commune",
      title: s.byCommune,
      labelHeader: s.commune,
      ...count,
      horizontal: true,
      data: stats.by_commune_current.map((d) => ({ label: d.label, value: d.count })),
    },
    {
      id: "sales",
      title: s.sales,
      labelHeader: s.group,
      valueHeader: s.revenue,
      horizontal: true,
      format: formatVnd,
      data: stats.sales_by_group.map((g) => ({ label: groupLabel(g.group as OcopGroup, locale), value: g.revenue })),
      empty: stats.sales_by_group.length === 0 && s.noSales,
    },
  ]
  return (
    <Page locale={locale} alternate={paths.statistics(locale === "vi" ? "en" : "vi")}>
      <h1 className="text-2xl font-bold">{s.title}</h1>
      <p className="mb-4 mt-1 text-stone-700">{s.intro}</p>
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="key-figures">
        {figures.map((f) => (
          <div key={f.id} className="rounded-lg border border-brand-100 bg-white p-3" data-figure={f.id}>
            <dt className="text-sm text-stone-600">{f.label}</dt>
            <dd className="text-3xl font-bold text-brand-700 tabular-nums">{f.value.toLocaleString("vi-VN")}</dd>
            {f.detail && (
              <dd className="text-xs text-stone-600">
                {s.ofWhich} {f.detail}
              </dd>
            )}
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        {charts.map(({ empty, ...chart }) => (
          <ChartCard key={chart.id} {...chart}>
            {empty && <p className="text-sm text-stone-600">{empty}</p>}
          </ChartCard>
        ))}
      </div>
    </Page>
  )
}
