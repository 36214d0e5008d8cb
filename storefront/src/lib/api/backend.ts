import "server-only"
import type { ApiError } from "@ocop-market/ocop"
import { configFromEnv } from "@/lib/medusa/client"

/** A refusal from our backend routes, as data: the status and the `{ type, code, field?, message }` body. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(error.message)
  }
}

/**
 * A call to the backend (our routes, or the store API with `store`) that keeps a refusal's code and
 * field, unlike the js-sdk's FetchError, so the page can say it in the visitor's language.
 */
export async function backendFetch<T>(
  path: string,
  init: {
    method?: string
    body?: Record<string, unknown> | FormData
    token?: string
    store?: boolean
    headers?: Record<string, string>
  } = {},
): Promise<T> {
  const { baseUrl, publishableKey } = configFromEnv()
  const form = init.body instanceof FormData
  const res = await fetch(baseUrl + path, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: {
      // small JSON answers: decompressing them costs Node's fetch more than they weigh
      "accept-encoding": "identity",
      ...(init.body && !form ? { "content-type": "application/json" } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.store ? { "x-publishable-api-key": publishableKey } : {}),
      ...init.headers,
    },
    body: form ? (init.body as FormData) : init.body ? JSON.stringify(init.body) : undefined,
    cache: "no-store",
  })
  const json = (await res.json().catch(() => null)) as unknown
  if (!res.ok) {
    const e = (json ?? {}) as Partial<ApiError>
    throw new ApiFailure(res.status, {
      type: e.type ?? "unknown_error",
      // ours (the backend words Medusa's own, e.g. out_of_stock for insufficient inventory)
      code: typeof e.code === "string" ? e.code : "invalid",
      ...(e.field ? { field: e.field } : {}),
      message: e.message ?? res.statusText,
      ...(e.params ? { params: e.params } : {}),
    })
  }
  return json as T
}

/**
 * A cart change sent twice at once (a double tap) finds the cart locked: the backend answers 409
 * `cart_busy`, and the change is tried once more a moment later.
 */
export async function retryIfCartBusy<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change()
  } catch (e) {
    if (!(e instanceof ApiFailure && e.error.code === "cart_busy")) throw e
    await new Promise((r) => setTimeout(r, 300))
    return change()
  }
}
