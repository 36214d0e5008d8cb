import "server-only"
import { cookies } from "next/headers"

/** The shopper's cart and login live in httpOnly cookies, so no script on the page can read them. */
const CART_COOKIE = "ocop_cart"
const CUSTOMER_COOKIE = "ocop_customer"
const PRODUCER_COOKIE = "ocop_producer"

function cookieOptions(maxAgeDays: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    // npm start serves plain HTTP on localhost (COOKIE_SECURE=false); behind HTTPS keep them Secure.
    secure: process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false",
    path: "/",
    maxAge: maxAgeDays * 24 * 3600,
  }
}

/** Read, set and clear one httpOnly cookie, kept `maxAgeDays`. */
function cookie(name: string, maxAgeDays: number) {
  return {
    get: async (): Promise<string | undefined> => (await cookies()).get(name)?.value,
    set: async (value: string) => void (await cookies()).set(name, value, cookieOptions(maxAgeDays)),
    clear: async () => void (await cookies()).delete(name),
  }
}

const cart = cookie(CART_COOKIE, 30)
export const getCartId = cart.get
export const setCartId = cart.set
export const clearCartId = cart.clear

const customer = cookie(CUSTOMER_COOKIE, 7)
export const getCustomerToken = customer.get
export const setCustomerToken = customer.set
export const clearCustomerToken = customer.clear

/** Headers that make a store request on behalf of the logged-in customer (none for a guest). */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getCustomerToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** A producer's staff member's login for the portal (separate from a customer's). */
const producer = cookie(PRODUCER_COOKIE, 1)
export const getProducerToken = producer.get
export const setProducerToken = producer.set
export const clearProducerToken = producer.clear

/**
 * Orders this browser placed or looked up, with their access tokens (the backend shows an order
 * only to its customer or to a holder of its token): `id.token` pairs, the last 10, for 30 days.
 */
const orders = cookie("ocop_orders", 30)
const MAX_REMEMBERED_ORDERS = 10

async function rememberedOrders(): Promise<Map<string, string>> {
  const pairs = ((await orders.get()) ?? "").split("|").map((p) => p.split("."))
  return new Map(pairs.filter((p): p is [string, string] => p.length === 2 && !!p[0] && !!p[1]))
}

export async function getOrderToken(orderId: string): Promise<string | undefined> {
  return (await rememberedOrders()).get(orderId)
}

export async function rememberOrder(orderId: string, token: string) {
  const known = await rememberedOrders()
  known.delete(orderId)
  known.set(orderId, token)
  const kept = [...known].slice(-MAX_REMEMBERED_ORDERS)
  await orders.set(kept.map(([id, tk]) => `${id}.${tk}`).join("|"))
}
