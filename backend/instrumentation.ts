import { createRequire } from "node:module"
import type { IncomingMessage, ServerResponse } from "node:http"
import { setSecurityHeaders } from "./src/api/utils/security-headers"

type Handler = () => Promise<void>

/**
 * Medusa loads this file when it starts and calls register() before it builds its Express app; its
 * HTTP server then hands every request to `traceRequestHandler`, the hook its own OpenTelemetry
 * support uses (@medusajs/medusa/instrumentation). Here it sets the security headers on every
 * answer — API, dashboard and uploaded photos alike — which no middleware of ours could reach for
 * the dashboard.
 */
export function register() {
  const start = createRequire(__filename)("@medusajs/medusa/commands/start") as {
    traceRequestHandler?: (handler: Handler, req: IncomingMessage, res: ServerResponse) => Promise<void>
  }
  start.traceRequestHandler = async (handler, req, res) => {
    const secure = req.headers["x-forwarded-proto"] === "https" || (req.socket as { encrypted?: boolean }).encrypted
    setSecurityHeaders(req.url ?? "/", !!secure, res)
    await handler()
  }
}
