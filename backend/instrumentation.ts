import http from "node:http"
import { createRequire } from "node:module"
import type { IncomingMessage, ServerResponse } from "node:http"
import { decodedPath, undecodablePathAnswer } from "./src/api/utils/input-guard"
import { codeEveryRefusal } from "./src/api/utils/refusal-codes"
import { setSecurityHeaders } from "./src/api/utils/security-headers"

type Handler = () => Promise<void>

/**
 * Medusa loads this file when it starts and calls register() before it builds its Express app; its
 * HTTP server then hands every request to `traceRequestHandler`, the hook its own OpenTelemetry
 * support uses (@medusajs/medusa/instrumentation). Here it sets the security headers on every
 * answer — API, dashboard and uploaded photos alike — and a code on every refusal, which no
 * middleware of ours could reach for the dashboard and for Medusa's own middlewares.
 */
export function register() {
  const start = createRequire(__filename)("@medusajs/medusa/commands/start") as {
    traceRequestHandler?: (handler: Handler, req: IncomingMessage, res: ServerResponse) => Promise<void>
  }
  start.traceRequestHandler = async (handler, req, res) => {
    const secure = req.headers["x-forwarded-proto"] === "https" || (req.socket as { encrypted?: boolean }).encrypted
    setSecurityHeaders(req.url ?? "/", !!secure, res)
    codeEveryRefusal(res)
    await handler()
  }
  refuseUndecodablePaths()
}

/**
 * With the hook set, Medusa's server looks up each request's route before Express sees it, and a
 * path that is not UTF-8 (`/store/carts/%ED%A0%80`) throws there, outside any handler: the request
 * never got an answer. Such a path is refused first, as Express itself would (400), with our code.
 */
function refuseUndecodablePaths() {
  const createServer = http.createServer
  http.createServer = ((...args: Parameters<typeof http.createServer>) => {
    const i = args.findIndex((a) => typeof a === "function")
    if (i >= 0) {
      const listener = args[i] as http.RequestListener
      args[i] = ((req, res) => {
        if (decodedPath(req.url ?? "/") !== null) return listener(req, res)
        setSecurityHeaders(req.url ?? "/", false, res)
        res.writeHead(400, { "content-type": "application/json; charset=utf-8" }).end(undecodablePathAnswer)
      }) as http.RequestListener
    }
    return createServer(...args)
  }) as typeof http.createServer
}
