import { ImageResponse } from "next/og"
import { SHARE_CARD_SIZE, ShareCard } from "@/components/share/share-card"
import { cardFonts } from "@/lib/share/card-fonts"
import { isShareKind, shareCard } from "@/lib/share/cards"

/** A product's, producer's or campaign's share card (its pages' og:image), a PNG of 1200 × 630. */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string; handle: string }> }) {
  const { kind, handle } = await params
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "vi"
  const card = isShareKind(kind) ? await shareCard(kind, decodeURIComponent(handle), locale) : null
  if (!card) return new Response("not found", { status: 404, headers: { "content-type": "text/plain" } })
  return new ImageResponse(<ShareCard {...card} />, {
    ...SHARE_CARD_SIZE,
    fonts: await cardFonts(),
    // a share is read by Zalo's and Facebook's crawlers a few times; prices change, so not for long
    headers: { "cache-control": "public, max-age=600, stale-while-revalidate=3600" },
  })
}
