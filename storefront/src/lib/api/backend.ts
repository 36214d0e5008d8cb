import "server-only"
import { isErrorCode, type ApiError } from "@ocop-market/ocop"
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
 * A call to our own routes (the producer portal) with a staff member's token. Unlike the js-sdk's
 * FetchError, a refusal keeps its code and field, so the page can say it in the visitor's language.
 */
export async function backendFetch<T>(
  path: string,
  init: { method?: string; body?: Record<string, unknown> | FormData; token?: string } = {},
): Promise<T> {
  const { baseUrl } = configFromEnv()
  const form = init.body instanceof FormData
  const res = await fetch(baseUrl + path, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: {
      ...(init.body && !form ? { "content-type": "application/json" } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: form ? (init.body as FormData) : init.body ? JSON.stringify(init.body) : undefined,
    cache: "no-store",
  })
  const json = (await res.json().catch(() => null)) as unknown
  if (!res.ok) {
    const e = (json ?? {}) as Partial<ApiError>
    throw new ApiFailure(res.status, {
      type: e.type ?? "unknown_error",
      code: isErrorCode(e.code) ? e.code : "invalid",
      ...(e.field ? { field: e.field } : {}),
      message: e.message ?? res.statusText,
      ...(e.params ? { params: e.params } : {}),
    })
  }
  return json as T
}
