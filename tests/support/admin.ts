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
