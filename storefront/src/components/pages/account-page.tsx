import Link from "next/link"
import { formatVnd, type StoreGuestOrder } from "@ocop-market/ocop"
import { ClaimOrderButton } from "@/components/account/claim-forms"
import { backendFetch } from "@/lib/api/backend"
import { LoginForm, PasswordChangeForm, ProfileForm, RegisterForm } from "@/components/account/account-forms"
import { Page } from "@/components/layout/shell"
import { formatDate, paths, t, type Locale } from "@/lib/i18n"
import { medusa } from "@/lib/medusa"
import { logout } from "@/lib/shop/account-actions"
import { authHeaders, getCustomerToken } from "@/lib/shop/session"
import { LogoutButton } from "@/components/common/logout-button"
import { AddressActions } from "@/components/account/address-actions"
import { AddressForm } from "@/components/checkout/forms"
import { currentProvince, currentProvinces } from "@ocop-market/ocop/current-units"
import { saveAccountAddress } from "@/lib/shop/account-actions"

/** Thanh Hóa: the programme's province, the first choice of a new address. */
const DEFAULT_PROVINCE = "38"

/** Log in or register; once logged in, the customer's orders and addresses. */
export async function AccountPage({ locale, reset }: { locale: Locale; reset?: boolean }) {
  const m = t(locale)
  const headers = await authHeaders()
  const client = medusa()
  const customer = headers.authorization
    ? await client.store.customer
        .retrieve({ fields: "id,email,first_name,phone,*addresses" }, headers)
        .then((r) => r.customer)
        .catch(() => null)
    : null
  const labels = {
    email: m.email,
    password: m.password,
    fullName: m.fullName,
    phone: m.phone,
    login: m.login,
    register: m.register,
  }
  const alternate = paths.account(locale === "vi" ? "en" : "vi")
  if (!customer) {
    return (
      <Page locale={locale} alternate={alternate}>
        <h1 className="mb-4 text-2xl font-bold">{m.account}</h1>
        {reset && (
          <p role="status" className="mb-4 text-sm text-leaf-700">
            {m.passwordReset.done}
          </p>
        )}
        <div className="grid gap-6 md:grid-cols-2">
          <div className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
            <LoginForm labels={labels} />
            <Link href={paths.accountForgot(locale)} className="text-sm underline">
              {m.passwordReset.forgot}
            </Link>
          </div>
          <div className="rounded-lg border border-stone-200 bg-white p-4">
            <RegisterForm labels={labels} />
          </div>
        </div>
      </Page>
    )
  }
  const provinces = currentProvinces().map((p) => ({ code: p.code, name: p.full_name }))
  const communesOf = (code: string) =>
    (currentProvince(code)?.communes ?? []).map((c) => ({ code: c.code, name: c.full_name }))
  const addressLabels = { province: m.province, commune: m.commune, street: m.street, choose: m.choose }
  const [{ orders }, { orders: guestOrders }] = await Promise.all([
    client.store.order.list(
      { fields: "id,display_id,status,payment_status,created_at,total,*items", order: "-created_at", limit: 20 },
      headers,
    ),
    backendFetch<{ orders: StoreGuestOrder[] }>("/store/ocop/account/guest-orders", {
      store: true,
      token: await getCustomerToken(),
    }).catch(() => ({ orders: [] })),
  ])
  return (
    <Page locale={locale} alternate={alternate}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{m.hello(customer.first_name || customer.email)}</h1>
        <LogoutButton action={logout} label={m.logout} />
      </div>
      <section aria-labelledby="orders-title" className="mb-6">
        <h2 id="orders-title" className="mb-2 text-lg font-semibold">
          {m.myOrders}
        </h2>
        {orders.length === 0 ? (
          <p>{m.noOrders}</p>
        ) : (
          <ul
            className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
            data-testid="account-orders"
          >
            {orders.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
                <Link href={paths.order(locale, o.id)} className="font-semibold underline">
                  #{o.display_id}
                </Link>
                <span>{formatDate(String(o.created_at).slice(0, 10))}</span>
                <span>{(o.items ?? []).map((i) => `${i.product_title ?? i.title} × ${i.quantity}`).join(", ")}</span>
                <span>
                  {m.orderStatus[o.status] ?? o.status}
                  {m.paymentStatus[o.payment_status] ? ` · ${m.paymentStatus[o.payment_status]}` : ""}
                </span>
                <span className="font-semibold">{formatVnd(Number(o.total))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {guestOrders.length > 0 && (
        <section
          aria-labelledby="guest-orders-title"
          className="mb-6 rounded-lg border border-amber-200 bg-amber-50 p-4"
        >
          <h2 id="guest-orders-title" className="mb-1 text-lg font-semibold">
            {m.claim.title}
          </h2>
          <p className="mb-3 text-sm">{m.claim.intro}</p>
          <ul className="divide-y divide-amber-200" data-testid="guest-orders">
            {guestOrders.map((o) => (
              <li key={o.id} className="flex flex-col gap-1 py-2 text-sm" data-testid="guest-order">
                <p>
                  <span className="font-semibold">#{o.display_id}</span> · {formatDate(o.created_at.slice(0, 10))} ·{" "}
                  {o.items.map((i) => `${i.title} × ${i.quantity}`).join(", ")} ·{" "}
                  <span className="font-semibold">{formatVnd(o.total)}</span>
                </p>
                {o.claim_requested && <p className="text-xs text-stone-600">{m.claim.pending}</p>}
                <ClaimOrderButton orderId={o.id} label={o.claim_requested ? m.claim.askAgain : m.claim.ask} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="mb-6 grid gap-6 md:grid-cols-2">
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <ProfileForm
            values={{ full_name: customer.first_name ?? "", phone: customer.phone ?? "" }}
            labels={{ title: m.profile.title, fullName: m.fullName, phone: m.phone, save: m.profile.save }}
          />
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <PasswordChangeForm
            labels={{
              title: m.profile.password,
              current: m.profile.current,
              next: m.profile.next,
              save: m.profile.change,
            }}
          />
        </div>
      </div>
      <section aria-labelledby="addresses-title" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="addresses-title" className="mb-2 text-lg font-semibold">
          {m.myAddresses}
        </h2>
        {(customer.addresses ?? []).length === 0 && <p className="mb-3 text-sm">{m.addresses.none}</p>}
        <ul className="mb-4 divide-y divide-stone-200" data-testid="account-addresses">
          {(customer.addresses ?? []).map((a) => (
            <li key={a.id} className="flex flex-col gap-2 py-3 text-sm" data-testid="account-address">
              <p>
                {[a.address_1, a.city, a.province].filter(Boolean).join(", ")}
                {a.is_default_shipping && (
                  <span className="ml-2 rounded bg-leaf-600 px-1.5 py-0.5 text-xs font-semibold text-white">
                    {m.addresses.default}
                  </span>
                )}
              </p>
              <AddressActions
                addressId={a.id}
                isDefault={Boolean(a.is_default_shipping)}
                labels={{ makeDefault: m.addresses.makeDefault, remove: m.addresses.remove }}
              />
              <details>
                <summary className="cursor-pointer underline">{m.addresses.edit}</summary>
                <div className="mt-2">
                  <AddressForm
                    provinces={provinces}
                    initial={{
                      province_code: String(a.metadata?.province_code ?? DEFAULT_PROVINCE),
                      commune_code: String(a.metadata?.commune_code ?? ""),
                      street: a.address_1 ?? "",
                    }}
                    initialCommunes={communesOf(String(a.metadata?.province_code ?? DEFAULT_PROVINCE))}
                    labels={{ ...addressLabels, continue: m.addresses.save }}
                    save={saveAccountAddress}
                    addressId={a.id}
                    idPrefix={`edit-${a.id}-`}
                    defaultChoice={{ label: m.addresses.useAsDefault, checked: Boolean(a.is_default_shipping) }}
                  />
                </div>
              </details>
            </li>
          ))}
        </ul>
        <h3 className="mb-2 font-semibold">{m.addresses.add}</h3>
        <AddressForm
          provinces={provinces}
          initial={{ province_code: DEFAULT_PROVINCE, commune_code: "", street: "" }}
          initialCommunes={communesOf(DEFAULT_PROVINCE)}
          labels={{ ...addressLabels, continue: m.addresses.save }}
          save={saveAccountAddress}
          idPrefix="new-address-"
          defaultChoice={{ label: m.addresses.useAsDefault, checked: (customer.addresses ?? []).length === 0 }}
        />
      </section>
    </Page>
  )
}
