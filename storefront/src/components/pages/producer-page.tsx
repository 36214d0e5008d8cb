import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { legalTypeLabel, type LegalType } from "@ocop-market/ocop"
import { Page } from "@/components/layout/shell"
import { cardFromHit, ProductCard, withCampaign } from "@/components/product/product-card"
import { loadCampaigns } from "@/lib/shop/campaigns"
import { ShareButtons } from "@/components/share/share-buttons"
import { shareCardUrl, sharedPage, shareLabels } from "@/lib/share/cards"
import { paths, t, type Locale } from "@/lib/i18n"
import { producerTag } from "@ocop-market/ocop"
import { cachedProducer, cachedSearchProducts } from "@/lib/medusa/cached"

const loadProducer = cachedProducer

/** Title, description, canonical, language alternates and the share card for a producer page. */
export async function producerMetadata(locale: Locale, handle: string): Promise<Metadata> {
  const p = await loadProducer(handle, locale).catch(() => null)
  if (!p) return {}
  const what = locale === "vi" ? "chủ thể OCOP" : "OCOP producer"
  return {
    title: p.name,
    description: `${p.name} — ${what}${p.province_name ? `, ${p.province_name}` : ""}`,
    alternates: {
      canonical: paths.producer(locale, handle),
      languages: { vi: paths.producer("vi", handle), en: paths.producer("en", handle) },
    },
    openGraph: {
      type: "profile",
      title: p.name,
      url: paths.producer(locale, handle),
      images: [{ url: shareCardUrl("producer", handle, locale), width: 1200, height: 630, alt: p.name }],
    },
  }
}

/** Who the producer is, where, and all their products (from the search index, so priced and in stock). */
export async function ProducerPage({ locale, handle }: { locale: Locale; handle: string }) {
  const m = t(locale)
  const [producer, { byProduct: campaigns }, { hits }] = await Promise.all([
    loadProducer(handle, locale),
    loadCampaigns(),
    cachedSearchProducts({ filters: { producer_handle: handle }, take: 100, order: { star: "DESC" } }, [
      producerTag(handle),
    ]),
  ])
  if (!producer) notFound()
  const where = [producer.address, producer.commune_name, producer.province_name].filter(Boolean).join(", ")
  return (
    <Page locale={locale} alternate={paths.producer(locale === "vi" ? "en" : "vi", producer.handle)}>
      <nav className="mb-4 text-sm" aria-label="breadcrumb">
        <Link href={paths.home(locale)} className="underline">
          {m.home}
        </Link>
      </nav>
      <section className="mb-6 rounded-lg border border-stone-200 bg-white p-4">
        <p className="text-sm text-stone-600">{m.producer}</p>
        <h1 className="text-2xl font-bold">{producer.name}</h1>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">{m.legalType}</dt>
          <dd>{legalTypeLabel(producer.legal_type as LegalType, locale)}</dd>
          {producer.representative && (
            <>
              <dt className="text-stone-600">{locale === "vi" ? "Người đại diện" : "Representative"}</dt>
              <dd>{producer.representative}</dd>
            </>
          )}
          {where && (
            <>
              <dt className="text-stone-600">{m.location}</dt>
              <dd>{where}</dd>
            </>
          )}
        </dl>
        {producer.description && <p className="mt-3 text-stone-700">{producer.description}</p>}
        <div className="mt-3">
          <ShareButtons
            url={sharedPage("producer", producer.handle, locale)}
            title={producer.name}
            labels={shareLabels(locale)}
          />
        </div>
      </section>
      <h2 className="mb-3 text-xl font-semibold">
        {m.producerProducts} ({hits.length})
      </h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {hits.map((h) => (
          <ProductCard key={h.id} product={withCampaign(cardFromHit(h), h.id, campaigns, locale)} locale={locale} />
        ))}
      </ul>
      {producer.sample_data && <p className="mt-4 text-xs text-stone-600">{m.sampleData}</p>}
    </Page>
  )
}
