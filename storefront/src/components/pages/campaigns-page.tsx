import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { campaignKindLabel, legalTypeLabel, type LegalType } from "@ocop-market/ocop"
import { CampaignCard, campaignPeriod, campaignTitle, discountText } from "@/components/campaign/campaign-card"
import { Countdown } from "@/components/campaign/countdown"
import { Page } from "@/components/layout/shell"
import { cardFromHit, ProductCard, withCampaign } from "@/components/product/product-card"
import { paths, t, type Locale } from "@/lib/i18n"
import { activeCampaignsByProduct } from "@/lib/medusa"
import { cachedCampaign, cachedCampaigns, cachedSearchProducts } from "@/lib/medusa/cached"
import { CACHE_TAGS } from "@ocop-market/ocop"
import { Breadcrumbs } from "@/components/layout/breadcrumbs"
import { ShareButtons } from "@/components/share/share-buttons"
import { shareCardUrl, sharedPage, shareLabels } from "@/lib/share/cards"

/** Every campaign: running and coming ones first, ended ones kept below, marked as ended. */
export async function CampaignsPage({ locale }: { locale: Locale }) {
  const m = t(locale)
  const campaigns = await cachedCampaigns()
  const order = { active: 0, upcoming: 1, ended: 2 } as const
  const sorted = [...campaigns].sort((a, b) => order[a.state] - order[b.state])
  return (
    <Page locale={locale} alternate={paths.campaigns(locale === "vi" ? "en" : "vi")}>
      <h1 className="mb-4 text-2xl font-bold">{m.campaign.title}</h1>
      {sorted.length === 0 ? (
        <p>{m.campaign.none}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {sorted.map((c) => (
            <CampaignCard key={c.id} campaign={c} locale={locale} />
          ))}
        </ul>
      )}
    </Page>
  )
}

export async function loadCampaign(handle: string) {
  return cachedCampaign(handle)
}

/** Title, story, canonical, language alternates and Open Graph for a campaign page. */
export async function campaignMetadata(locale: Locale, handle: string): Promise<Metadata> {
  const c = await loadCampaign(handle).catch(() => null)
  if (!c) return {}
  const title = campaignTitle(c, locale)
  // without a story, what and when (a page without a description loses search engines' snippet)
  const description =
    (locale === "vi" ? c.story_vi : c.story_en)?.slice(0, 300) ||
    `${title} · ${t(locale).campaign.off(discountText(c))} · ${campaignPeriod(c)}`
  return {
    title,
    description,
    alternates: {
      canonical: paths.campaign(locale, handle),
      languages: { vi: paths.campaign("vi", handle), en: paths.campaign("en", handle) },
    },
    openGraph: {
      title,
      description,
      images: [
        { url: shareCardUrl("campaign", handle, locale), width: 1200, height: 630, alt: title },
        ...(c.banner ? [{ url: c.banner }] : []),
      ],
    },
  }
}

/** A campaign's landing page: countdown, story, producers taking part, products at the campaign price. */
export async function CampaignPage({ locale, handle }: { locale: Locale; handle: string }) {
  const m = t(locale)
  const c = await loadCampaign(handle)
  if (!c) notFound()
  const ids = c.featured_product_ids.length ? c.featured_product_ids : c.target_product_ids
  const { hits } = ids.length
    ? await cachedSearchProducts({ filters: { id: ids }, take: 48, order: { star: "DESC" } }, [
        CACHE_TAGS.campaigns,
        CACHE_TAGS.catalogue,
      ])
    : { hits: [] }
  const byProduct = activeCampaignsByProduct([c])
  const story = locale === "vi" ? c.story_vi : c.story_en
  return (
    <Page locale={locale} alternate={paths.campaign(locale === "vi" ? "en" : "vi", c.handle)}>
      <Breadcrumbs locale={locale} parent={{ href: paths.campaigns(locale), label: m.campaigns }} />
      <section
        className={`mb-6 flex flex-col gap-3 rounded-lg p-5 ${c.state === "ended" ? "bg-stone-100" : "bg-brand-50"}`}
        data-state={c.state}
      >
        <p className="text-sm font-semibold text-brand-700">
          {m.campaign.states[c.state]} · {campaignKindLabel(c.kind, locale)}
        </p>
        <h1 className="text-2xl font-bold">{campaignTitle(c, locale)}</h1>
        <p className="text-lg font-semibold text-red-700">{m.campaign.off(discountText(c))}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-sm">
          <dt className="text-stone-600">{m.campaign.period}</dt>
          <dd>{campaignPeriod(c)}</dd>
          {c.place && (
            <>
              <dt className="text-stone-600">{m.campaign.place}</dt>
              <dd>{c.place}</dd>
            </>
          )}
        </dl>
        {c.state === "active" && <Countdown until={c.campaign.ends_at} label={m.campaign.endsIn} locale={locale} />}
        {c.state === "upcoming" && (
          <Countdown until={c.campaign.starts_at} label={m.campaign.startsIn} locale={locale} />
        )}
        {c.state === "ended" && (
          <p role="status" className="font-semibold text-stone-700">
            {m.campaign.endedNote}
          </p>
        )}
        <ShareButtons
          url={sharedPage("campaign", c.handle, locale)}
          title={campaignTitle(c, locale)}
          labels={shareLabels(locale)}
        />
        {story && <p className="max-w-3xl whitespace-pre-line text-stone-700">{story}</p>}
      </section>
      {(c.featured_producers?.length ?? 0) > 0 && (
        <section aria-labelledby="producers-title" className="mb-6">
          <h2 id="producers-title" className="mb-2 text-xl font-semibold">
            {m.campaign.producers}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {c.featured_producers!.map((p) => (
              <li key={p.id}>
                <Link
                  href={paths.producer(locale, p.handle)}
                  className="block rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm hover:border-brand-600"
                >
                  <span className="font-medium">{p.name}</span>
                  <span className="block text-xs text-stone-600">
                    {legalTypeLabel(p.legal_type as LegalType, locale)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-xl font-semibold">{m.campaign.products}</h2>
        {c.state === "active" && (
          <Link href={`${paths.catalogue(locale)}?campaign=${c.handle}`} className="text-sm underline">
            {m.campaign.all}
          </Link>
        )}
      </div>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="campaign-products">
        {hits.map((h) => (
          <ProductCard key={h.id} product={withCampaign(cardFromHit(h), h.id, byProduct, locale)} locale={locale} />
        ))}
      </ul>
    </Page>
  )
}
