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

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}
export async function setCartId(id: string) {
  ;(await cookies()).set(CART_COOKIE, id, cookieOptions(30))
}
export async function clearCartId() {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getCustomerToken(): Promise<string | undefined> {
  return (await cookies()).get(CUSTOMER_COOKIE)?.value
}
export async function setCustomerToken(token: string) {
  ;(await cookies()).set(CUSTOMER_COOKIE, token, cookieOptions(7))
}
export async function clearCustomerToken() {
  ;(await cookies()).delete(CUSTOMER_COOKIE)
}

/** Headers that make a store request on behalf of the logged-in customer (none for a guest). */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getCustomerToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** A producer's staff member's login for the portal (separate from a customer's). */
export async function getProducerToken(): Promise<string | undefined> {
  return (await cookies()).get(PRODUCER_COOKIE)?.value
}
export async function setProducerToken(token: string) {
  ;(await cookies()).set(PRODUCER_COOKIE, token, cookieOptions(1))
}
export async function clearProducerToken() {
  ;(await cookies()).delete(PRODUCER_COOKIE)
}
