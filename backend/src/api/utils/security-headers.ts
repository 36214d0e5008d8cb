import type { ServerResponse } from "node:http"

/**
 * Headers for everything the backend serves. The API answers JSON and photos: nothing there may run
 * a script or be framed. The dashboard (/app) is Medusa's own bundle: it may not be framed either
 * (a framed admin can be clicked through), and keeps its own script needs.
 */
const COMMON: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
}
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
const ADMIN_CSP = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
const ONE_YEAR = 365 * 24 * 60 * 60

export function setSecurityHeaders(url: string, secure: boolean, res: ServerResponse) {
  for (const [name, value] of Object.entries(COMMON)) res.setHeader(name, value)
  res.setHeader("Content-Security-Policy", url.startsWith("/app") ? ADMIN_CSP : API_CSP)
  if (secure) res.setHeader("Strict-Transport-Security", `max-age=${ONE_YEAR}; includeSubDomains`)
  // Express announces itself on every answer it starts; it says nothing here
  const setHeader = res.setHeader.bind(res)
  res.setHeader = (name, value) => (name.toLowerCase() === "x-powered-by" ? res : setHeader(name, value))
}
