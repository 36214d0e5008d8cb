import Medusa from "@medusajs/js-sdk"
import type { ProvidedContext } from "vitest"

type Stack = ProvidedContext["stack"]

/** The seeded admin's bearer token. */
export async function adminToken(stack: Stack): Promise<string> {
  const sdk = new Medusa({ baseUrl: stack.backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  return (await sdk.auth.login("user", "emailpass", {
    email: stack.adminEmail,
    password: stack.adminPassword,
  })) as string
}

/** A product as the store sells it in Việt Nam: its id, first pack and that pack's price, and extra `fields`. */
export async function storeProduct(stack: Stack, handle: string, fields = "") {
  const store = new Medusa({ baseUrl: stack.backendUrl, publishableKey: stack.publishableKey })
  const { regions } = await store.store.region.list()
  const { products } = await store.store.product.list({
    handle,
    region_id: regions[0]!.id,
    fields: `id,*variants.calculated_price${fields ? `,${fields}` : ""}`,
  })
  const p = products[0]!
  return {
    raw: p as typeof p & Record<string, any>,
    regionId: regions[0]!.id,
    id: p.id,
    variantId: p.variants![0]!.id,
    price: p.variants![0]!.calculated_price!.calculated_amount!,
  }
}

/**
 * A product made for one test file (admin API), published in the shop's channel with one pack that
 * keeps no stock, so no other file's prices or stock change; delete it after with its id.
 */
export async function throwawayProduct(
  stack: Stack,
  token: string,
  p: { title: string; handle: string; pack: string; price: number; producerId?: string },
): Promise<{ id: string; variantId: string }> {
  const admin = (path: string) =>
    fetch(stack.backendUrl + path, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json() as any)
  const { sales_channels } = await admin("/admin/sales-channels?name=OCOP%20Market")
  const { shipping_profiles } = await admin("/admin/shipping-profiles?limit=1")
  const res = await fetch(`${stack.backendUrl}/admin/products`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      title: p.title,
      handle: p.handle,
      status: "published",
      shipping_profile_id: shipping_profiles[0].id,
      sales_channels: [{ id: sales_channels[0].id }],
      options: [{ title: "Quy cách", values: [p.pack] }],
      variants: [
        {
          title: p.pack,
          options: { "Quy cách": p.pack },
          manage_inventory: false,
          prices: [{ currency_code: "vnd", amount: p.price }],
        },
      ],
      ...(p.producerId ? { additional_data: { producer_id: p.producerId } } : {}),
    }),
  })
  const body = (await res.json()) as any
  if (res.status !== 200) throw new Error(`throwaway product ${p.handle}: ${res.status} ${JSON.stringify(body)}`)
  return { id: body.product.id, variantId: body.product.variants[0].id }
}
