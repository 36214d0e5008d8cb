import { Page } from "@/components/layout/shell"
import { CampaignCard } from "@/components/campaign/campaign-card"
import { cardFromSummary, ProductCard, withCampaign } from "@/components/product/product-card"
import { loadCampaigns } from "@/lib/shop/campaigns"
import { paths, t, type Locale } from "@/lib/i18n"
import type { ProductSummary } from "@/lib/medusa"
import { cachedNewestProducts, expireWithin } from "@/lib/medusa/cached"
import { SectionHeader } from "@/components/layout/section-header"

export async function HomePage({ locale }: { locale: Locale }) {
  const m = t(locale)
  const campaigns = await loadCampaigns()
  const running = campaigns.all.filter((c) => c.state !== "ended")
  let products: ProductSummary[] | null = null
  try {
    products = (await cachedNewestProducts(24)).products
  } catch (err) {
    console.error("home: cannot load products:", (err as Error).message)
    await expireWithin(5)
  }
  return (
    <Page locale={locale} alternate={paths.home(locale === "vi" ? "en" : "vi")}>
      <section className="mb-6 rounded-lg bg-brand-50 p-4">
        <h1 className="text-2xl font-bold text-brand-700">OCOP Market</h1>
        <p className="mt-1 max-w-3xl text-stone-700">{m.programme}</p>
      </section>
      {running.length > 0 && (
        <section aria-labelledby="campaigns-title" className="mb-6">
          <SectionHeader
            id="campaigns-title"
            title={m.campaign.title}
            href={paths.campaigns(locale)}
            more={m.campaigns}
          />
          <ul className="grid gap-3 sm:grid-cols-2">
            {running.slice(0, 4).map((c) => (
              <CampaignCard key={c.id} campaign={c} locale={locale} />
            ))}
          </ul>
        </section>
      )}
      <SectionHeader title={m.products} href={paths.catalogue(locale)} more={m.catalogue} />
      {products === null ? (
        <p role="alert" className="text-red-700">
          {m.backendDown}
        </p>
      ) : products.length === 0 ? (
        <p>{m.noProducts}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {products.map((p) => (
            <ProductCard
              key={p.id}
              product={withCampaign(cardFromSummary(p), p.id, campaigns.byProduct, locale)}
              locale={locale}
            />
          ))}
        </ul>
      )}
    </Page>
  )
}
