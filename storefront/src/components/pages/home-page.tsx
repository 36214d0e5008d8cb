import { Page } from "@/components/layout/shell"
import { cardFromSummary, ProductCard } from "@/components/product/product-card"
import { paths, t, type Locale } from "@/lib/i18n"
import { getVietnamRegion, listProducts, medusa, type ProductSummary } from "@/lib/medusa"

export async function HomePage({ locale }: { locale: Locale }) {
  const m = t(locale)
  let products: ProductSummary[] | null = null
  try {
    const client = medusa()
    const region = await getVietnamRegion(client)
    products = (await listProducts(client, { regionId: region.id, limit: 24 })).products
  } catch (err) {
    console.error("home: cannot load products:", (err as Error).message)
  }
  return (
    <Page locale={locale} alternate={paths.home(locale === "vi" ? "en" : "vi")}>
      <section className="mb-6 rounded-lg bg-brand-50 p-4">
        <h1 className="text-2xl font-bold text-brand-700">OCOP Market</h1>
        <p className="mt-1 max-w-3xl text-stone-700">{m.programme}</p>
      </section>
      <div className="mb-3 flex items-baseline justify-between">
        <h2 className="text-xl font-semibold">{m.products}</h2>
        <a href={paths.catalogue(locale)} className="text-sm underline">{m.catalogue}</a>
      </div>
      {products === null ? (
        <p role="alert" className="text-red-700">{m.backendDown}</p>
      ) : products.length === 0 ? (
        <p>{m.noProducts}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {products.map((p) => (
            <ProductCard key={p.id} product={cardFromSummary(p)} locale={locale} />
          ))}
        </ul>
      )}
    </Page>
  )
}
