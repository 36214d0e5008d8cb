import { NextResponse } from "next/server"
import { cartPreview } from "@/lib/shop/cart"

export const dynamic = "force-dynamic"

/** The visitor's cart for the header (pages are shared and cached; this part is theirs alone). */
export async function GET() {
  return NextResponse.json(await cartPreview(), { headers: { "cache-control": "private, no-store" } })
}
