import { CARRIERS, formatVnd } from "@ocop-market/ocop"
import { Page } from "@/components/layout/shell"
import { redirect } from "next/navigation"
import { ProposeProductForm, ShipLineForm } from "@/components/producer/product-forms"
import Link from "next/link"
import { formatDate, paths, t, type Locale } from "@/lib/i18n"
import { portal, type PortalCampaign, type PortalMe, type PortalOrder, type PortalProduct } from "@/lib/producer/api"
import { producerLogout } from "@/lib/producer/actions"
import { PackRows } from "@/components/producer/pack-rows"
import { LogoutButton } from "@/components/common/logout-button"

/** The producer's dashboard: own products with price and stock to edit, lapsing certificates, own order lines. */
export async function PortalDashboardPage({ locale }: { locale: Locale }) {
  const m = t(locale)
  const p = m.portal
  const me = await portal<{ staff: PortalMe }>("/producer/me")
  if (!me) redirect(paths.portalLogin(locale))
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
        <LogoutButton action={producerLogout} label={m.logout} />
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
                          carriers={CARRIERS.map((c) => ({ code: c.code, name: c[locale] }))}
                          labels={{
                            carrier: p.carrier,
                            choose: m.choose,
                            tracking: p.tracking,
                            ship: p.ship,
                            shipped: p.shipped,
                          }}
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
