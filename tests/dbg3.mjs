import Medusa from "@medusajs/js-sdk"
const pk = process.env.PK
const sdk = new Medusa({ baseUrl: "http://localhost:9000", publishableKey: pk, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } })
const admin = new Medusa({ baseUrl: "http://localhost:9000", auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
await admin.auth.login("user", "emailpass", { email: "admin@ocop.local", password: "ocop-admin" })
const ch = (await admin.admin.salesChannel.list({ name: "OCOP Market" })).sales_channels[0]
const prof = (await admin.admin.shippingProfile.list()).shipping_profiles[0]
const { product } = await admin.admin.product.create({ title: "Bánh X", handle: "x-" + Date.now(), status: "published", shipping_profile_id: prof.id, sales_channels: [{ id: ch.id }], options: [{ title: "Q", values: ["G"] }], variants: [{ title: "G", options: { Q: "G" }, manage_inventory: false, prices: [{ currency_code: "vnd", amount: 10000 }] }] })
const { regions } = await sdk.store.region.list()
const { cart } = await sdk.store.cart.create({ region_id: regions[0].id })
const li = await sdk.store.cart.createLineItem(cart.id, { variant_id: product.variants[0].id, quantity: 1 })
await admin.admin.product.delete(product.id)
const item = li.cart.items[0]
try { const d = await sdk.store.cart.deleteLineItem(cart.id, item.id); console.log("deleted", d.deleted, d.parent?.items?.length) } catch (e) { console.log("delete failed", e.message) }
const r = await sdk.store.cart.retrieve(cart.id, { fields: "*items" })
console.log("after", r.cart.items.length, r.cart.total)
