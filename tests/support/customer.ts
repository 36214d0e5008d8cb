import { sql } from "./db"
import { apiCall } from "./http"

type Stack = { backendUrl: string; publishableKey: string; databaseUrl: string }

/** The newest mail of a template to an address (the Notification Module's rows), waiting up to 10 s for it. */
export async function latestMail(
  databaseUrl: string,
  to: string,
  template: string,
): Promise<{ url: string; subject: string; lines: string[] }> {
  for (let i = 0; i < 40; i++) {
    const [row] = await sql<{ data: { url: string; subject: string; lines: string[] } }>(
      databaseUrl,
      `select data from notification where "to" = $1 and template = $2 order by created_at desc limit 1`,
      [to, template],
    )
    if (row) return row.data
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`no ${template} mail to ${to}`)
}

/** A store request with the publishable key. */
export function storeCall(stack: Stack, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(stack.backendUrl + path, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey, ...headers },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, headers: r.headers, body: (await r.json().catch(() => null)) as any }))
}

/**
 * A shopper's account as a shopper opens one: the sign-up, the link from the confirmation mail, the
 * password again to confirm; then a login. Its token.
 */
export async function customerAccount(stack: Stack, email: string, password: string, fullName = "Khách Thử") {
  const signUp = await storeCall(stack, "/store/ocop/accounts", { email, password, full_name: fullName })
  if (signUp.status !== 202) throw new Error(`sign-up ${signUp.status}: ${JSON.stringify(signUp.body)}`)
  const link = new URL((await latestMail(stack.databaseUrl, email, "customer-sign-up")).url)
  const confirmed = await storeCall(stack, "/store/ocop/accounts/confirm", {
    email,
    token: link.searchParams.get("token"),
    password,
  })
  if (confirmed.status !== 200) throw new Error(`confirm ${confirmed.status}: ${JSON.stringify(confirmed.body)}`)
  const login = await apiCall(stack.backendUrl, "POST", "/auth/customer/emailpass", undefined, { email, password })
  if (login.status !== 200) throw new Error(`login ${login.status}: ${login.text}`)
  return login.body.token as string
}
