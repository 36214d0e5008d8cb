import { medusa, suggestFromDatabase, suggestProducts } from "@/lib/medusa"

/** Suggestions for the header search box (same origin, the publishable key stays on the server). */
export const dynamic = "force-dynamic"

export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q") ?? ""
  try {
    return Response.json({ suggestions: await suggestProducts(medusa(), q) })
  } catch (err) {
    // the search engine is down: the database's titles, said to be limited
    console.error("search box: search failed:", (err as Error).message)
    try {
      return Response.json({ suggestions: await suggestFromDatabase(medusa(), q), limited: true })
    } catch (e) {
      return Response.json({ suggestions: [], error: (e as Error).message }, { status: 502 })
    }
  }
}
