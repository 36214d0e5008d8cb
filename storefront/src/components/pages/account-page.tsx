import Link from "next/link"
import { formatVnd } from "@ocop-market/ocop"
import { LoginForm, PasswordChangeForm, ProfileForm, RegisterForm } from "@/components/account/account-forms"
import { Page } from "@/components/layout/shell"
import { formatDate, paths, t, type Locale } from "@/lib/i18n"
import { medusa } from "@/lib/medusa"
import { logout } from "@/lib/shop/account-actions"
import { authHeaders } from "@/lib/shop/session"
import { LogoutButton } from "@/components/common/logout-button"

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
  const { orders } = await client.store.order.list(
    { fields: "id,display_id,status,payment_status,created_at,total,*items", order: "-created_at", limit: 20 },
    headers,
  )
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
      {(customer.addresses?.length ?? 0) > 0 && (
        <section aria-labelledby="addresses-title">
          <h2 id="addresses-title" className="mb-2 text-lg font-semibold">
            {m.myAddresses}
          </h2>
          <ul className="text-sm">
            {customer.addresses!.map((a) => (
              <li key={a.id}>{[a.address_1, a.city, a.province].filter(Boolean).join(", ")}</li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  )
}
