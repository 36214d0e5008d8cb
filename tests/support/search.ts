/**
 * Index changes reach Meilisearch after the write that caused them: a product another test file
 * deleted a moment ago may still be in the index. Tests that count the index wait for it to hold
 * exactly what the store sells.
 */
export async function indexSettled(
  stack: { backendUrl: string; publishableKey: string },
  entity = "product",
  timeoutMs = 60_000,
): Promise<number> {
  const headers = { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey }
  const until = Date.now() + timeoutMs
  let seen = -1
  let sold = -1
  while (Date.now() < until) {
    const store = await fetch(`${stack.backendUrl}/store/products?limit=1&fields=id`, { headers })
    sold = ((await store.json()) as { count: number }).count
    const res = await fetch(`${stack.backendUrl}/store/search`, {
      method: "POST",
      headers,
      body: JSON.stringify({ entity, filters: {}, pagination: { take: 1 } }),
    })
    if (res.ok) {
      seen = ((await res.json()) as { results: { metadata: { count: number } }[] }).results[0]!.metadata.count
      if (seen === sold) return seen
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`index ${entity} holds ${seen} products, the store sells ${sold}, after ${timeoutMs / 1000} s`)
}
