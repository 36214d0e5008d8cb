import Link from "next/link"
import { groupLabel, legalTypeLabel, type LegalType, type OcopGroup } from "@ocop-market/ocop"
import { FacetList } from "@/components/catalogue/facet-list"
import { catalogueHref, parseCatalogueParams, type SearchParams } from "@/components/catalogue/catalogue-params"
import { Page } from "@/components/layout/shell"
import { cardFromHit, cardFromSummary, ProductCard, withCampaign } from "@/components/product/product-card"
import { loadCampaigns } from "@/lib/shop/campaigns"
import { paths, t, type Locale } from "@/lib/i18n"
import { PAGE_SIZE, type CatalogueQuery, type CatalogueResult, type ProductSummary } from "@/lib/medusa"
import { cachedCatalogueFromDatabase, cachedSearchCatalogue, expireWithin } from "@/lib/medusa/cached"

/** The catalogue, driven by the search index: facets with counts, sort and pages, all in the URL. */
export async function CataloguePage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const m = t(locale)
  const query = parseCatalogueParams(searchParams)
  const base = paths.catalogue(locale)
  let result: CatalogueResult | null = null
  // search down: the database's list, so shoppers can still browse and buy (no facets, no sort)
  let fallback: Awaited<ReturnType<typeof cachedCatalogueFromDatabase>> | null = null
  const { byProduct: campaigns, all: campaignList } = await loadCampaigns()
  try {
    result = await cachedSearchCatalogue(query)
  } catch (err) {
    console.error("catalogue: search failed:", (err as Error).message)
    await expireWithin(5)
    fallback = await cachedCatalogueFromDatabase(query.q, query.page ?? 1, PAGE_SIZE).catch(() => null)
  }
  const other = locale === "vi" ? "en" : "vi"
  const alternate = catalogueHref(paths.catalogue(other), query, { page: query.page })
  const filtered = !!(
    query.star?.length ||
    query.group?.length ||
    query.district?.length ||
    query.type?.length ||
    query.campaign?.length ||
    query.price ||
    query.stock
  )
  // the index may still name a campaign that has just ended: offer running ones only
  const running = new Map(
    campaignList.filter((c) => c.state === "active").map((c) => [c.handle, locale === "vi" ? c.title_vi : c.title_en]),
  )

  /** A facet whose values are toggled on and off in the URL (several at once). */
  const toggleFacet = (
    key: "star" | "group" | "type" | "district" | "campaign",
    label: (value: string) => string,
    keep: (value: string) => boolean = () => true,
  ) =>
    (result?.facets[key] ?? [])
      .filter((f) => keep(f.value))
      .map((f) => ({
        label: label(f.value),
        count: f.count,
        active: !!query[key]?.includes(f.value),
        href: catalogueHref(base, query, { toggle: { key, value: f.value } }),
      }))

  return (
    <Page locale={locale} alternate={alternate}>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">
          {m.catalogue}
          {query.q && <span className="ml-2 text-base font-normal text-stone-600">{m.resultsFor(query.q)}</span>}
        </h1>
        {result && (
          <p className="text-sm text-stone-600" role="status">
            {m.results(result.count)}
          </p>
        )}
        {result?.loose && (
          <p className="text-sm text-amber-800" data-testid="loose-match">
            {m.looseMatch(query.q ?? "")}
          </p>
        )}
      </div>
      {!result && fallback ? (
        <DatabaseCatalogue locale={locale} query={query} found={fallback} campaigns={campaigns} />
      ) : !result ? (
        <p role="alert" className="text-red-700">
          {m.backendDown}
        </p>
      ) : (
        <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
          <aside aria-label={m.filters.group}>
            {filtered && (
              <Link
                href={catalogueHref(base, { q: query.q, sort: query.sort })}
                className="mb-3 inline-block text-sm underline"
              >
                {m.clear}
              </Link>
            )}
            <FacetList
              title={m.campaigns}
              values={toggleFacet(
                "campaign",
                (v) => running.get(v)!,
                (v) => running.has(v),
              )}
            />
            <FacetList title={m.filters.star} values={toggleFacet("star", (v) => m.star(Number(v)))} />
            <FacetList
              title={m.filters.group}
              values={toggleFacet("group", (v) => groupLabel(v as OcopGroup, locale))}
            />
            <FacetList
              title={m.filters.price}
              values={result.facets.price
                .filter((f) => f.count > 0 || query.price === f.value)
                .map((f) => ({
                  label: m.priceBands[f.value] ?? f.value,
                  count: f.count,
                  active: query.price === f.value,
                  href: catalogueHref(base, query, { price: query.price === f.value ? null : f.value }),
                }))}
            />
            <FacetList
              title={m.filters.stock}
              values={result.facets.stock
                .filter((f) => f.value === "true")
                .map((f) => ({
                  label: m.inStockOnly,
                  count: f.count,
                  active: !!query.stock,
                  href: catalogueHref(base, query, { stock: !query.stock }),
                }))}
            />
            <FacetList
              title={m.filters.type}
              values={toggleFacet("type", (v) => legalTypeLabel(v as LegalType, locale))}
            />
            <FacetList title={m.filters.district} values={toggleFacet("district", (v) => v)} />
          </aside>
          <section>
            <nav aria-label={m.sort} className="mb-3 flex flex-wrap gap-2 text-sm">
              <span className="text-stone-600">{m.sort}:</span>
              {(Object.keys(m.sorts) as (keyof typeof m.sorts)[]).map((s) => (
                <Link
                  key={s}
                  href={catalogueHref(base, query, { sort: s })}
                  aria-current={query.sort === s ? "true" : undefined}
                  className={query.sort === s ? "font-semibold text-brand-700" : "underline"}
                >
                  {m.sorts[s]}
                </Link>
              ))}
            </nav>
            {result.hits.length === 0 ? (
              <div className="rounded-lg bg-white p-4">
                <p className="font-medium">{m.noResults}</p>
                <p className="mt-1 text-sm text-stone-600">{m.suggestions}</p>
                <ul className="mt-2 flex flex-wrap gap-2 text-sm">
                  {["food", "beverage", "herbal", "handicraft"].map((g) => (
                    <li key={g}>
                      <Link className="underline" href={`${base}?group=${g}`}>
                        {groupLabel(g as OcopGroup, locale)}
                      </Link>
                    </li>
                  ))}
                  <li>
                    <Link className="underline" href={base}>
                      {m.catalogue}
                    </Link>
                  </li>
                </ul>
              </div>
            ) : (
              <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
                {result.hits.map((p) => (
                  <ProductCard
                    key={p.id}
                    product={withCampaign(cardFromHit(p), p.id, campaigns, locale)}
                    locale={locale}
                    heading="h2"
                  />
                ))}
              </ul>
            )}
            <Pager
              locale={locale}
              page={result.page}
              pages={result.pages}
              href={(page) => catalogueHref(base, query, { page })}
            />
          </section>
        </div>
      )}
    </Page>
  )
}

/** The catalogue while search is down: the notice, the products, and pages. */
function DatabaseCatalogue({
  locale,
  query,
  found,
  campaigns,
}: {
  locale: Locale
  query: CatalogueQuery
  found: { products: ProductSummary[]; count: number }
  campaigns: Awaited<ReturnType<typeof loadCampaigns>>["byProduct"]
}) {
  const m = t(locale)
  const base = paths.catalogue(locale)
  const page = query.page ?? 1
  const pages = Math.max(1, Math.ceil(found.count / PAGE_SIZE))
  return (
    <section>
      <p role="status" data-testid="search-limited" className="mb-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        {m.searchLimited}
      </p>
      {found.products.length === 0 ? (
        <p className="rounded-lg bg-white p-4 font-medium">{m.noResults}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {found.products.map((p) => (
            <ProductCard
              key={p.id}
              product={withCampaign(cardFromSummary(p), p.id, campaigns, locale)}
              locale={locale}
              heading="h2"
            />
          ))}
        </ul>
      )}
      <Pager
        locale={locale}
        page={page}
        pages={pages}
        href={(to) => catalogueHref(base, { q: query.q }, { page: to })}
      />
    </section>
  )
}

/** Previous / next and "page x of y", when there is more than one page. */
function Pager({
  locale,
  page,
  pages,
  href,
}: {
  locale: Locale
  page: number
  pages: number
  href: (page: number) => string
}) {
  const m = t(locale)
  if (pages <= 1) return null
  return (
    <nav aria-label={m.pageOf(page, pages)} className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link rel="prev" className="underline" href={href(page - 1)}>
          {m.previous}
        </Link>
      ) : (
        <span />
      )}
      <span>{m.pageOf(page, pages)}</span>
      {page < pages ? (
        <Link rel="next" className="underline" href={href(page + 1)}>
          {m.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
