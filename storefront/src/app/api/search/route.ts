import { medusa, suggestProducts } from "@/lib/medusa"

/** Suggestions for the header search box (same origin, the publishable key stays on the server). */
export const dynamic = "force-dynamic"

export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q") ?? ""
  try {
    return Response.json({ suggestions: await suggestProducts(medusa(), q) })
  } catch (err) {
    return Response.json({ suggestions: [], error: (err as Error).message }, { status: 502 })
  }
}
