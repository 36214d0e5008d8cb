/**
 * Every answer of the storefront and the backend (API, dashboard, health) carries the security
 * headers: a Content-Security-Policy that forbids framing, nosniff, a Referrer-Policy and a
 * Permissions-Policy; none announces its server (no X-Powered-By). The shop's pages carry the same
 * policy each time, so a cached page keeps it.
 */
import { describe, expect, inject, it } from "vitest"

const stack = inject("stack")

async function headersOf(url: string, init: RequestInit = {}) {
  const res = await fetch(url, { ...init, redirect: "manual" })
  await res.arrayBuffer()
  return res.headers
}

describe("security headers", () => {
  it.each([
    "/",
    "/san-pham",
    "/san-pham/nuoc-mam-le-gia-cot-dac-biet-40n",
    "/en/products",
    "/thanh-toan",
    "/api/health",
  ])("the storefront's %s", async (path) => {
    const h = await headersOf(stack.storefrontUrl + path)
    expect(h.get("content-security-policy")).toContain("frame-ancestors 'none'")
    expect(h.get("content-security-policy")).toContain("object-src 'none'")
    expect(h.get("x-frame-options")).toBe("DENY")
    expect(h.get("x-content-type-options")).toBe("nosniff")
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    expect(h.get("permissions-policy")).toContain("camera=()")
    expect(h.get("x-powered-by")).toBeNull()
  })

  it("the same policy on every page, so a cached page keeps it", async () => {
    const a = (await headersOf(stack.storefrontUrl + "/")).get("content-security-policy")
    const b = (await headersOf(stack.storefrontUrl + "/")).get("content-security-policy")
    expect(a).toBe(b)
    expect(a).not.toMatch(/nonce-/)
  })

  it.each([
    ["/store/products?limit=1", { "x-publishable-api-key": stack.publishableKey }],
    ["/store/products?limit=1", {}],
    ["/admin/products", {}],
    ["/health", {}],
    ["/uploads/nothing.png", {}],
  ])("the backend's %s", async (path, headers) => {
    const h = await headersOf(stack.backendUrl + path, { headers })
    expect(h.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    )
    expect(h.get("x-frame-options")).toBe("DENY")
    expect(h.get("x-content-type-options")).toBe("nosniff")
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    expect(h.get("x-powered-by")).toBeNull()
  })

  it("the dashboard cannot be framed", async () => {
    const h = await headersOf(stack.backendUrl + "/app/login")
    expect(h.get("content-security-policy")).toContain("frame-ancestors 'none'")
    expect(h.get("x-frame-options")).toBe("DENY")
    expect(h.get("x-powered-by")).toBeNull()
  })
})
