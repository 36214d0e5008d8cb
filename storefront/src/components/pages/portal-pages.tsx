import { formatVnd } from "@ocop-market/ocop"
import { Page } from "@/components/layout/shell"
import { notFound, redirect } from "next/navigation"
import {
  AddPackForm,
  ForgotPasswordForm,
  ImageUploadForm,
  InviteForm,
  PortalLoginForm,
  ProductDetailsForm,
  ProposeProductForm,
  RemoveButton,
  ResetPasswordForm,
  ShipLineForm,
  VariantNumberForm,
} from "@/components/producer/portal-forms"
import Link from "next/link"
import { formatDate, paths, t, type Locale } from "@/lib/i18n"
import {
  availableOf,
  portal,
  priceOf,
  stockedOf,
  type PortalCampaign,
  type PortalMe,
  type PortalOrder,
  type PortalProduct,
} from "@/lib/producer/api"
import { producerLogout } from "@/lib/producer/actions"

/** Low-stock warning below this many available units, unless the producer set its own per product. */
const LOW_STOCK = 10
const loginPath = paths.portalLogin

export function PortalLoginPage({ locale, reset }: { locale: Locale; reset?: boolean }) {
  const m = t(locale)
  return (
    <Page locale={locale} alternate={loginPath(locale === "vi" ? "en" : "vi")}>
      <section className="mx-auto flex max-w-md flex-col gap-3 rounded-lg border border-stone-200 bg-white p-5">
        <h1 className="text-xl font-bold">{m.portal.login}</h1>
        {reset && (
          <p role="status" className="text-sm text-leaf-700">
            {m.portal.resetDone}
          </p>
        )}
        <PortalLoginForm labels={{ email: m.email, password: m.password, submit: m.login }} />
        <Link href={paths.portalForgot(locale)} className="text-sm underline">
          {m.portal.forgot}
        </Link>
      </section>
    </Page>
  )
}

export function PortalForgotPage({ locale }: { locale: Locale }) {
  const m = t(locale)
  return (
    <Page locale={locale} alternate={paths.portalForgot(locale === "vi" ? "en" : "vi")}>
      <section className="mx-auto max-w-md rounded-lg border border-stone-200 bg-white p-5">
        <h1 className="mb-4 text-xl font-bold">{m.portal.forgotTitle}</h1>
        <ForgotPasswordForm labels={{ email: m.email, submit: m.portal.forgotSend, sent: m.portal.forgotSent }} />
      </section>
    </Page>
  )
}

export function PortalResetPage({ locale, token, email }: { locale: Locale; token: string; email: string }) {
  const m = t(locale)
  return (
    <Page locale={locale} alternate={paths.portalReset(locale === "vi" ? "en" : "vi")}>
      <section className="mx-auto max-w-md rounded-lg border border-stone-200 bg-white p-5">
        <h1 className="mb-4 text-xl font-bold">{m.portal.forgotTitle}</h1>
        <ResetPasswordForm
          token={token}
          email={email}
          labels={{ password: m.portal.newPassword, submit: m.portal.resetSave }}
        />
      </section>
    </Page>
  )
}

export function PortalInvitePage({ locale, token }: { locale: Locale; token: string }) {
  const m = t(locale)
  return (
    <Page locale={locale} alternate={`${paths.portalInvite(locale === "vi" ? "en" : "vi")}?token=${token}`}>
      <section className="mx-auto max-w-md rounded-lg border border-stone-200 bg-white p-5">
        <h1 className="mb-2 text-xl font-bold">{m.portal.invite}</h1>
        <p className="mb-4 text-sm text-stone-700">{m.portal.inviteIntro}</p>
        <InviteForm token={token} labels={{ email: m.email, password: m.password, submit: m.portal.invite }} />
      </section>
    </Page>
  )
}

/** The producer's dashboard: own products with price and stock to edit, lapsing certificates, own order lines. */
export async function PortalDashboardPage({ locale }: { locale: Locale }) {
  const m = t(locale)
  const p = m.portal
  const me = await portal<{ staff: PortalMe }>("/producer/me")
  if (!me) redirect(loginPath(locale))
  const [{ products }, { orders }, { campaigns }] = await Promise.all([
    portal<{ products: PortalProduct[] }>("/producer/products").then((r) => r ?? { products: [] }),
    portal<{ orders: PortalOrder[] }>("/producer/orders").then((r) => r ?? { orders: [] }),
    portal<{ campaigns: PortalCampaign[] }>("/producer/campaigns").then((r) => r ?? { campaigns: [] }),
  ])
  const in90 = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10)
  const lapsing = products.filter(
    (x) => x.ocop_certification?.status === "active" && x.ocop_certification.valid_until <= in90,
  )
  const since = Date.now() - 30 * 86_400_000
  const recent = orders.filter((o) => Date.parse(o.created_at) >= since && o.status !== "canceled")
  const units = recent.reduce((n, o) => n + o.lines.reduce((k, l) => k + l.quantity, 0), 0)
  const revenue = recent.reduce((n, o) => n + o.lines.reduce((k, l) => k + l.quantity * l.unit_price, 0), 0)
  return (
    <Page locale={locale} alternate={paths.portal(locale === "vi" ? "en" : "vi")}>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">{p.title}</h1>
          <p className="text-sm text-stone-600">{p.loggedInAs(me.staff.email, me.staff.producer.name)}</p>
        </div>
        <form action={producerLogout}>
          <button type="submit" className="text-sm underline">
            {m.logout}
          </button>
        </form>
      </div>
      <p className="mb-4 rounded-lg bg-brand-50 p-3 text-sm font-medium" data-testid="portal-summary">
        {p.last30(recent.length, units, formatVnd(revenue))}
      </p>
      {lapsing.length > 0 && (
        <section
          aria-labelledby="lapsing-title"
          className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm"
        >
          <h2 id="lapsing-title" className="font-semibold">
            {p.lapsing}
          </h2>
          <ul>
            {lapsing.map((x) => (
              <li key={x.id}>
                {x.title}: {formatDate(x.ocop_certification!.valid_until)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {campaigns.length > 0 && (
        <section aria-labelledby="campaigns-title" className="mb-6">
          <h2 id="campaigns-title" className="mb-2 text-xl font-semibold">
            {p.campaigns}
          </h2>
          <ul className="flex flex-col gap-2 text-sm" data-testid="portal-campaigns">
            {campaigns.map((c) => (
              <li key={c.handle} className="rounded-lg border border-stone-200 bg-white p-3">
                <p className="font-semibold">
                  {locale === "vi" ? c.title_vi : c.title_en} · {m.campaign.states[c.state]}
                </p>
                <p>{p.campaignShare(c.results.orders, c.results.units, formatVnd(c.results.revenue_after))}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2 className="mb-2 text-xl font-semibold">{p.products}</h2>
      <p className="mb-3 text-xs text-stone-600">{p.readOnly}</p>
      <ul className="mb-8 flex flex-col gap-3">
        {products.map((x) => (
          <li key={x.id} className="rounded-lg border border-stone-200 bg-white p-3" data-testid="portal-product">
            <h3 className="font-semibold">
              {x.title}{" "}
              {x.status === "draft" && (
                <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-normal text-amber-900">
                  {p.draft}
                </span>
              )}
            </h3>
            {x.ocop_certification && (
              <p className="text-xs text-stone-600">
                {p.certificate(x.ocop_certification.star, formatDate(x.ocop_certification.valid_until))}
              </p>
            )}
            <PackRows locale={locale} product={x} />
            <Link
              href={paths.portalProduct(locale, x.id)}
              className="mt-2 inline-block text-sm font-semibold text-brand-700 underline"
            >
              {p.edit}
            </Link>
          </li>
        ))}
      </ul>
      <div className="mb-8">
        <ProposeProductForm
          labels={{
            title: p.propose,
            name: p.proposeName,
            description: p.proposeDescription,
            pack: p.proposePack,
            price: p.price,
            stock: p.stock,
            submit: p.proposeSubmit,
            done: p.proposeDone,
          }}
        />
      </div>
      <h2 className="mb-2 text-xl font-semibold">{p.orders}</h2>
      {orders.length === 0 ? (
        <p>{p.noOrders}</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="portal-orders">
          {orders.slice(0, 50).map((o) => (
            <li key={o.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
              <p className="font-semibold">
                #{o.display_id} · {formatDate(o.created_at.slice(0, 10))}
              </p>
              <ul>
                {o.lines.map((l) => (
                  <li key={l.id} className="py-1">
                    {l.title}
                    {l.variant ? ` (${l.variant})` : ""} × {l.quantity} · {formatVnd(l.unit_price * l.quantity)}
                    {l.shipped ? (
                      <span className="ml-2 text-xs font-semibold text-leaf-700">{p.shipped}</span>
                    ) : (
                      o.status !== "canceled" && (
                        <ShipLineForm
                          orderId={o.id}
                          lineId={l.id}
                          labels={{ tracking: p.tracking, ship: p.ship, shipped: p.shipped }}
                        />
                      )
                    )}
                  </li>
                ))}
              </ul>
              <p className="text-stone-700">
                {p.shipTo}:{" "}
                {[
                  o.shipping_address.name,
                  o.shipping_address.phone,
                  o.shipping_address.address_1,
                  o.shipping_address.city,
                  o.shipping_address.province,
                ]
                  .filter(Boolean)
                  .join(", ")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  )
}

/** Each pack of a product with its price and stock forms and the low-stock mark; optionally a remove button. */
function PackRows({
  locale,
  product,
  removable = false,
}: {
  locale: Locale
  product: PortalProduct
  removable?: boolean
}) {
  const p = t(locale).portal
  const threshold = Number(product.metadata?.low_stock_threshold ?? LOW_STOCK)
  return (
    <ul className="mt-2 divide-y divide-stone-100">
      {product.variants.map((v) => {
        const available = availableOf(v)
        return (
          <li key={v.id} className="flex flex-wrap items-end gap-4 py-2" data-variant={v.title}>
            <span className="w-32 text-sm font-medium">{v.title}</span>
            <VariantNumberForm
              productId={product.id}
              variantId={v.id}
              kind="price"
              value={priceOf(v)}
              label={p.price}
              save={p.save}
              saved={p.saved}
            />
            {v.manage_inventory && (
              <VariantNumberForm
                productId={product.id}
                variantId={v.id}
                kind="stock"
                value={stockedOf(v)}
                label={p.stock}
                save={p.save}
                saved={p.saved}
              />
            )}
            {available !== null && (
              <span className={`text-xs ${available < threshold ? "font-semibold text-red-700" : "text-stone-600"}`}>
                {available < threshold ? p.lowStock(available) : p.available(available)}
              </span>
            )}
            {removable && product.variants.length > 1 && (
              <RemoveButton productId={product.id} kind="variant" id={v.id} label={`${p.removePack} ${v.title}`} />
            )}
          </li>
        )
      })}
    </ul>
  )
}

/** One of the producer's products: photos, packs (price, stock, add, remove), description and threshold. */
export async function PortalProductPage({ locale, id }: { locale: Locale; id: string }) {
  const m = t(locale)
  const p = m.portal
  const me = await portal<{ staff: PortalMe }>("/producer/me")
  if (!me) redirect(loginPath(locale))
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
