import { notFound } from "next/navigation"
import { Price } from "@/components/common/price"
import { Page } from "@/components/layout/shell"
import { CertificationPanel } from "@/components/product/certification-panel"
import { StarBadge } from "@/components/product/star-badge"
import { legalTypeLabel, type LegalType } from "@ocop-market/ocop"
import { paths, t, type Locale } from "@/lib/i18n"
import { getProductByHandle, getVietnamRegion, medusa } from "@/lib/medusa"

export async function loadProduct(handle: string) {
  const client = medusa()
  const region = await getVietnamRegion(client)
  return getProductByHandle(client, handle, region.id)
}

export async function ProductPage({ locale, handle }: { locale: Locale; handle: string }) {
  const m = t(locale)
  const product = await loadProduct(handle)
  if (!product) notFound()
  return (
    <Page locale={locale} alternate={paths.product(locale === "vi" ? "en" : "vi", product.handle)}>
      <nav className="mb-4 text-sm">
        <a href={paths.home(locale)} className="underline">{m.home}</a>
      </nav>
      <article className="grid gap-6 md:grid-cols-2">
        {product.thumbnail && (
          // eslint-disable-next-line @next/next/no-img-element -- local SVGs
          <img src={product.thumbnail} alt={product.title} width={600} height={450} className="aspect-[4/3] w-full rounded-lg bg-brand-50 object-cover" />
        )}
        <div className="flex flex-col gap-3">
          {product.certification?.badge && <StarBadge star={product.certification.star} locale={locale} />}
          <h1 className="text-2xl font-bold">{product.title}</h1>
          <Price amount={product.fromPrice} className="text-xl font-semibold text-brand-700" />
          {product.description && <p className="text-stone-700">{product.description}</p>}
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {product.producer && (
              <>
                <dt className="text-stone-600">{m.producer}</dt>
                <dd>
                  {product.producer.name} ({legalTypeLabel(product.producer.legalType as LegalType, locale)})
                </dd>
              </>
            )}
          </dl>
          {product.certification && <CertificationPanel certification={product.certification} locale={locale} />}
          <h2 className="mt-2 font-semibold">{m.variants}</h2>
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {product.variants.map((v) => (
              <li key={v.id} className="flex items-center justify-between gap-3 p-3 text-sm">
                <span>{v.title}</span>
                <span className="flex items-center gap-3">
                  <Price amount={v.price} className="font-medium" />
                  <span className={v.inStock ? "text-leaf-700" : "text-red-700"}>
                    {v.inStock ? (v.stock === null ? "" : m.inStock(v.stock)) : m.soldOut}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          {product.sampleData && <p className="text-xs text-stone-600">{m.sampleData}</p>}
        </div>
      </article>
    </Page>
  )
}
