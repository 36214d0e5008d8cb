import { Page } from "@/components/layout/shell"
import { notFound, redirect } from "next/navigation"
import { AddPackForm, ImageUploadForm, ProductDetailsForm, RemoveButton } from "@/components/producer/product-forms"
import Link from "next/link"
import { formatDate, paths, t, type Locale } from "@/lib/i18n"
import { portal, type PortalMe, type PortalProduct } from "@/lib/producer/api"
import { LOW_STOCK, PackRows } from "@/components/producer/pack-rows"

/** One of the producer's products: photos, packs (price, stock, add, remove), description and threshold. */
export async function PortalProductPage({ locale, id }: { locale: Locale; id: string }) {
  const m = t(locale)
  const p = m.portal
  const me = await portal<{ staff: PortalMe }>("/producer/me")
  if (!me) redirect(paths.portalLogin(locale))
  const found = await portal<{ product: PortalProduct }>(`/producer/products/${encodeURIComponent(id)}`).catch(
    () => null,
  )
  if (!found) notFound()
  const x = found.product
  const photos = [...(x.images ?? [])].sort((a, b) => a.rank - b.rank)
  return (
    <Page locale={locale} alternate={paths.portalProduct(locale === "vi" ? "en" : "vi", x.id)}>
      <Link href={paths.portal(locale)} className="text-sm underline">
        {p.back}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">
        {x.title}{" "}
        {x.status === "draft" && (
          <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-normal text-amber-900">{p.draft}</span>
        )}
      </h1>
      {x.ocop_certification && (
        <p className="text-sm text-stone-600">
          {p.certificate(x.ocop_certification.star, formatDate(x.ocop_certification.valid_until))} · {p.readOnly}
        </p>
      )}
      <section aria-labelledby="photos-title" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="photos-title" className="mb-3 text-lg font-semibold">
          {p.photos}
        </h2>
        {photos.length === 0 ? (
          <p className="mb-3 text-sm text-stone-600">{p.noPhotos}</p>
        ) : (
          <ul className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="portal-photos">
            {photos.map((img, i) => (
              <li key={img.id} className="flex flex-col gap-1">
                {/* eslint-disable-next-line @next/next/no-img-element -- the producer's own upload, shown as is */}
                <img
                  src={img.url}
                  alt={p.photoAlt(i + 1)}
                  width={200}
                  height={150}
                  loading="lazy"
                  className="aspect-[4/3] w-full rounded-md bg-stone-100 object-cover"
                />
                {img.url === x.thumbnail && <span className="text-xs font-semibold text-leaf-700">{p.cover}</span>}
                <RemoveButton
                  productId={x.id}
                  kind="image"
                  id={img.id}
                  label={`${p.remove} ${p.photoAlt(i + 1).toLowerCase()}`}
                />
              </li>
            ))}
          </ul>
        )}
        <ImageUploadForm
          productId={x.id}
          labels={{ choose: p.choosePhotos, hint: p.photosHint, upload: p.upload, uploaded: p.uploaded }}
        />
      </section>
      <section
        aria-labelledby="packs-title"
        className="mt-6 rounded-lg border border-stone-200 bg-white p-4"
        data-testid="portal-product"
      >
        <h2 id="packs-title" className="text-lg font-semibold">
          {p.packs}
        </h2>
        <PackRows locale={locale} product={x} removable />
        <div className="mt-3">
          <AddPackForm
            productId={x.id}
            labels={{
              title: p.addPack,
              pack: p.proposePack,
              price: p.price,
              stock: p.stock,
              submit: p.addPack,
              done: p.packAdded,
            }}
          />
        </div>
      </section>
      <section className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
        <ProductDetailsForm
          productId={x.id}
          description={x.description ?? ""}
          threshold={Number(x.metadata?.low_stock_threshold ?? LOW_STOCK)}
          labels={{ description: p.proposeDescription, threshold: p.threshold, save: p.save, saved: p.saved }}
        />
      </section>
    </Page>
  )
}
