import { NextResponse, type NextRequest } from "next/server"
import { SIGNATURE_HEADER } from "@ocop-market/ocop/revalidation"
import { MAX_NOTICE_BYTES, receiveNotice } from "@/lib/cache/revalidation"

export const dynamic = "force-dynamic"

/** POST from the backend: the cache tags a change made stale (see lib/cache/revalidation.ts). */
export async function POST(request: NextRequest) {
  const from = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local"
  // a body announced as too large is not read at all
  const tooLarge = Number(request.headers.get("content-length") ?? 0) > MAX_NOTICE_BYTES
  const raw = tooLarge ? null : await request.text()
  const { status, body } = await receiveNotice(raw, request.headers.get(SIGNATURE_HEADER), from)
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store" } })
}
