/**
 * A LOCAL STAND-IN for Stripe's API — not Stripe. These machines cannot reach api.stripe.com, so
 * the tests point the backend's Stripe SDK (STRIPE_API_BASE) at this server. It answers the
 * endpoints Medusa's Stripe provider calls (PaymentIntents create/retrieve/update/capture/cancel,
 * refunds) the way Stripe documents them, and records every request so tests can assert the
 * amounts and currency Medusa sent. `/_standin/*` lets a test play the shopper's browser
 * (confirming a card with Stripe.js) and read the log.
 */
import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

type Intent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: string
  status: string
  client_secret: string
  metadata: Record<string, string>
  payment_method: null
  created: number
  livemode: false
}

export type StandinRequest = { method: string; path: string; body: Record<string, string> }

export async function startStripeStandin(): Promise<{ url: string; close: () => Promise<void> }> {
  const intents = new Map<string, Intent>()
  const requests: StandinRequest[] = []
  const id = (prefix: string) => `${prefix}_${crypto.randomBytes(12).toString("hex")}`

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const text = Buffer.concat(chunks).toString()
    const url = new URL(req.url!, "http://standin")
    const body = Object.fromEntries(new URLSearchParams(url.pathname.startsWith("/_standin") ? "" : text))
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": id("req") })
      res.end(JSON.stringify(data))
    }
    const notFound = () =>
      send(404, {
        error: { type: "invalid_request_error", code: "resource_missing", message: `No such object: ${url.pathname}` },
      })

    // test controls
    if (url.pathname === "/_standin/requests") return send(200, requests)
    const confirm = url.pathname.match(/^\/_standin\/confirm\/(pi_\w+)$/)
    if (confirm && req.method === "POST") {
      const pi = intents.get(confirm[1]!)
      if (!pi) return notFound()
      // what Stripe.js confirmCardPayment leaves behind with manual capture
      Object.assign(pi, {
        status: pi.capture_method === "automatic" ? "succeeded" : "requires_capture",
        amount_capturable: pi.amount,
      })
      return send(200, pi)
    }

    if (!req.headers.authorization?.startsWith("Bearer sk_")) {
      return send(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } })
    }
    requests.push({ method: req.method!, path: url.pathname, body })
    const piPath = url.pathname.match(/^\/v1\/payment_intents(?:\/(pi_\w+))?(?:\/(capture|cancel))?$/)
    if (piPath) {
      const [, piId, action] = piPath
      if (!piId && req.method === "POST") {
        const amount = Number(body.amount)
        if (!Number.isInteger(amount) || amount < 1) {
          return send(400, {
            error: { type: "invalid_request_error", param: "amount", message: "Invalid integer: amount" },
          })
        }
        const pi: Intent = {
          id: id("pi"),
          object: "payment_intent",
          amount,
          amount_capturable: 0,
          amount_received: 0,
          currency: body.currency!,
          capture_method: body.capture_method ?? "automatic_async",
          status: "requires_payment_method",
          client_secret: "",
          metadata: Object.fromEntries(
            Object.entries(body)
              .filter(([k]) => k.startsWith("metadata["))
              .map(([k, v]) => [k.slice(9, -1), v]),
          ),
          payment_method: null,
          created: Math.floor(Date.now() / 1000),
          livemode: false,
        }
        pi.client_secret = `${pi.id}_secret_${crypto.randomBytes(8).toString("hex")}`
        intents.set(pi.id, pi)
        return send(200, pi)
      }
      const pi = piId ? intents.get(piId) : undefined
      if (!pi) return notFound()
      if (req.method === "GET") return send(200, pi)
      if (action === "capture") {
        if (pi.status !== "requires_capture") {
          return send(400, {
            error: {
              type: "invalid_request_error",
              code: "payment_intent_unexpected_state",
              message: `This PaymentIntent's status is ${pi.status}`,
            },
          })
        }
        Object.assign(pi, { status: "succeeded", amount_received: pi.amount_capturable, amount_capturable: 0 })
        return send(200, pi)
      }
      if (action === "cancel") {
        pi.status = "canceled"
        return send(200, pi)
      }
      if (body.amount) pi.amount = Number(body.amount)
      return send(200, pi)
    }
    if (url.pathname === "/v1/refunds" && req.method === "POST") {
      const pi = intents.get(body.payment_intent ?? "")
      if (!pi) return notFound()
      const amount = Number(body.amount ?? pi.amount_received)
      if (amount > pi.amount_received) {
        return send(400, {
          error: {
            type: "invalid_request_error",
            code: "amount_too_large",
            message: "Refund amount is greater than the charge",
          },
        })
      }
      return send(200, {
        id: id("re"),
        object: "refund",
        amount,
        currency: pi.currency,
        payment_intent: pi.id,
        status: "succeeded",
      })
    }
    return notFound()
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) }
}
