/** Liveness for `npm start` and load balancers: the server answers, without touching the backend. */
export const dynamic = "force-dynamic"

export function GET() {
  return Response.json({ status: "ok" })
}
