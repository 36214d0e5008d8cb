/** A JSON (or, given FormData, multipart) request to the backend, optionally with a bearer token; the answer's status, text and parsed body. */
export type ApiAnswer = { status: number; text: string; body: any; headers: Headers }

export async function apiCall(
  baseUrl: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<ApiAnswer> {
  const multipart = body instanceof FormData
  const res = await fetch(baseUrl + path, {
    method,
    headers: {
      ...(multipart ? {} : { "content-type": "application/json" }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
  })
  const text = await res.text()
  let parsed: any
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = null
  }
  return { status: res.status, text, body: parsed, headers: res.headers }
}
