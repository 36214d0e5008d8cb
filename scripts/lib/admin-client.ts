/**
 * The command-line tools (import, reindex) talk to the running shop as its admin. One login, one
 * way to fail: a line naming the cause and exit code 2.
 */
export const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://127.0.0.1:${process.env.PORT || 9000}`

export function fail(message: string, verb = "cannot run"): never {
  console.error(`Không chạy được / ${verb}: ${message}`)
  process.exit(2)
}

export type AdminClient = <T>(
  path: string,
  init?: { method?: string; body?: unknown },
) => Promise<{ status: number; ok: boolean; body: T }>

/** Logs in with MEDUSA_ADMIN_EMAIL / MEDUSA_ADMIN_PASSWORD (defaults of the seed). */
export async function adminClient(base = backendUrl): Promise<AdminClient> {
  const login = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email: process.env.MEDUSA_ADMIN_EMAIL || "admin@ocop.local",
      password: process.env.MEDUSA_ADMIN_PASSWORD || "ocop-admin",
    }),
  }).catch(() => fail(`no backend answers at ${base}; start the shop with npm start (or set MEDUSA_BACKEND_URL)`))
  if (!login.ok)
    fail(`the admin login was refused (HTTP ${login.status}); check MEDUSA_ADMIN_EMAIL / MEDUSA_ADMIN_PASSWORD`)
  const { token } = (await login.json()) as { token: string }
  return async (path, init) => {
    const res = await fetch(base + path, {
      method: init?.method ?? "GET",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    })
    return { status: res.status, ok: res.ok, body: (await res.json().catch(() => ({}))) as never }
  }
}
