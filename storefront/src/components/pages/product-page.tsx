import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { drawingInLanguage, groupTag, legalTypeLabel, type LegalType } from "@ocop-market/ocop"
import { AddToCart } from "@/components/cart/add-to-cart"
import { Price } from "@/components/common/price"
import { Page } from "@/components/layout/shell"
import { CertificationPanel } from "@/components/product/certification-panel"
import { campaignPeriod, campaignTitle, discountText } from "@/components/campaign/campaign-card"
import { cardFromHit, ProductCard, withCampaign } from "@/components/product/product-card"
import { loadCampaigns } from "@/lib/shop/campaigns"
import { ShareButtons } from "@/components/share/share-buttons"
import { shareCardUrl, shareLabels } from "@/lib/share/cards"
import { JsonLd, productJsonLd } from "@/components/product/product-json-ld"
import { ProductGallery } from "@/components/product/product-gallery"
import { ProductQr } from "@/components/product/product-qr"
import { StarBadge } from "@/components/product/star-badge"
import { paths, t, type Locale } from "@/lib/i18n"
import { campaignPrice, type ProductHit } from "@/lib/medusa"
import { cachedProduct, cachedSearchProducts } from "@/lib/medusa/cached"
import { siteUrl } from "@/lib/site"
import { Breadcrumbs } from "@/components/layout/breadcrumbs"

export const loadProduct = cachedProduct

export async function ProductPage({ locale, handle }: { locale: Locale; handle: string }) {
  const m = t(locale)
  // on the English shop the English text, with the Vietnamese name beside it
  const [product, original, { byProduct: campaigns }] = await Promise.all([
    loadProduct(handle, locale),
    locale === "vi" ? null : loadProduct(handle, "vi"),
    loadCampaigns(),
  ])
  if (!product) notFound()
  const url = siteUrl() + paths.product(locale, product.handle)
  const campaign = campaigns.get(product.id)
  const images = product.images.map((u) => drawingInLanguage(u, locale))
  const sale = (price: number | null) => (campaign && price !== null ? campaignPrice(price, campaign) : null)
  const related: ProductHit[] = product.certification
    ? await cachedSearchProducts(
        { filters: { group: product.certification.group, id: { $ne: product.id } }, take: 4, order: { star: "DESC" } },
        [groupTag(product.certification.group)],
      )
        .then((r) => r.hits)
        .catch(() => [])
    : []
  return (
    <Page locale={locale} alternate={paths.product(locale === "vi" ? "en" : "vi", product.handle)}>
      <JsonLd data={productJsonLd({ ...product, images }, url)} />
      <Breadcrumbs locale={locale} parent={{ href: paths.catalogue(locale), label: m.catalogue }} />
      <article className="grid gap-6 md:grid-cols-2">
        <div>
          <ProductGallery title={product.title} images={images} />
        </div>
        <div className="flex flex-col gap-3">
          {product.certification?.badge && <StarBadge star={product.certification.star} locale={locale} />}
          <h1 className="text-2xl font-bold">{product.title}</h1>
          {original && original.title !== product.title && (
            <p lang="vi" className="-mt-2 text-stone-600" data-testid="vietnamese-name">
              {original.title}
            </p>
          )}
          {campaign && product.fromPrice !== null ? (
            <p className="flex flex-wrap items-baseline gap-x-3">
              <Price amount={sale(product.fromPrice)} className="text-xl font-semibold text-red-700" />
              <del className="text-stone-500" aria-label={`${m.campaign.was} ${product.fromPrice}`}>
                <Price amount={product.fromPrice} />
              </del>
            </p>
          ) : (
            <Price amount={product.fromPrice} className="text-xl font-semibold text-brand-700" />
          )}
          {campaign && (
            <Link
              href={paths.campaign(locale, campaign.handle)}
              className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm"
              data-testid="product-campaign"
            >
              <span className="font-semibold text-red-800">{m.campaign.off(discountText(campaign))}</span> ·{" "}
              {campaignTitle(campaign, locale)} · {campaignPeriod(campaign)}
            </Link>
          )}
          {product.description && <p className="text-stone-700">{product.description}</p>}
          <AddToCart
            productId={product.id}
            variants={product.variants.map((v) => ({ ...v, salePrice: sale(v.price) }))}
            cartPath={paths.cart(locale)}
            labels={{
              addToCart: m.addToCart,
              quantity: m.quantity,
              added: m.added,
              viewCart: m.viewCart,
              variants: m.variants,
              soldOutCannotAdd: m.soldOutCannotAdd,
              soldOut: m.soldOut,
              inStock: product.variants.map((v) => (v.stock === null ? "" : m.inStock(v.stock))),
            }}
          />
          {product.producer && (
            <section
              aria-labelledby="producer-title"
              className="rounded-lg border border-stone-200 bg-white p-3 text-sm"
            >
              <h2 id="producer-title" className="font-semibold">
                {m.producer}
              </h2>
              <p>
                <Link
                  href={paths.producer(locale, product.producer.handle)}
                  className="font-medium text-brand-700 underline"
                >
                  {product.producer.name}
                </Link>{" "}
                ({legalTypeLabel(product.producer.legalType as LegalType, locale)})
              </p>
            </section>
          )}
          {product.certification && <CertificationPanel certification={product.certification} locale={locale} />}
          <ShareButtons url={url} title={product.title} labels={shareLabels(locale)} />
          <ProductQr url={url} caption={m.qr} />
          {product.sampleData && <p className="text-xs text-stone-600">{m.sampleData}</p>}
        </div>
      </article>
      {related.length > 0 && (
        <section aria-labelledby="related-title" className="mt-10">
          <h2 id="related-title" className="mb-3 text-xl font-semibold">
            {m.related}
          </h2>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {related.map((h) => (
              <ProductCard key={h.id} product={withCampaign(cardFromHit(h), h.id, campaigns, locale)} locale={locale} />
            ))}
          </ul>
        </section>
      )}
    </Page>
  )
}

/** Title, description, canonical, language alternates and Open Graph for a product page. */
export async function productMetadata(locale: Locale, handle: string): Promise<Metadata> {
  const product = await loadProduct(handle, locale).catch(() => null)
  if (!product) return {}
  const m = t(locale)
  const c = product.certification
  const description =
    [c?.badge ? m.star(c.star) : null, product.producer?.name, product.description]
      .filter(Boolean)
      .join(" · ")
      .slice(0, 300) || undefined
  return {
    title: product.title,
    description,
    alternates: {
      canonical: paths.product(locale, product.handle),
      languages: { vi: paths.product("vi", product.handle), en: paths.product("en", product.handle) },
    },
    openGraph: {
      type: "website",
      title: product.title,
      description,
      url: paths.product(locale, product.handle),
      locale: locale === "vi" ? "vi_VN" : "en_US",
      siteName: "OCOP Market",
      // the card drawn for sharing (name, stars, price, producer, origin), then the photos
      images: [
        { url: shareCardUrl("product", product.handle, locale), width: 1200, height: 630, alt: product.title },
        ...product.images.map((url) => ({ url, alt: product.title })),
      ],
    },
  }
}
